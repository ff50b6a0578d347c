import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { EditPolicyForm } from "@/components/policies/edit-policy-form";
import { policyPagePath } from "@/components/policies/types";
import { decodeRouteName } from "@/components/users/route-name";

export default async function EditPolicyPage({ params }: { params: Promise<{ arn: string }> }) {
  const arn = decodeRouteName((await params).arn);
  const name = arn.slice(arn.lastIndexOf("/") + 1);
  return (
    <>
      <Breadcrumbs
        items={[{ label: "IAM", href: "/iam" }, { label: "Policies", href: "/iam/policies" }, { label: name, href: policyPagePath(arn) }, { label: "Edit policy" }]}
      />
      <EditPolicyForm key={arn} arn={arn} />
    </>
  );
}

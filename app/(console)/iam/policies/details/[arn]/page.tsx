import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { PolicyDetailView } from "@/components/policies/policy-detail";
import { decodeRouteName } from "@/components/users/route-name";

// /iam/policies/details/<percent-encoded policy ARN>, as the AWS console addresses a policy.
export default async function PolicyPage({ params }: { params: Promise<{ arn: string }> }) {
  const arn = decodeRouteName((await params).arn);
  const name = arn.slice(arn.lastIndexOf("/") + 1);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Policies", href: "/iam/policies" }, { label: name }]} />
      <PolicyDetailView key={arn} arn={arn} />
    </>
  );
}

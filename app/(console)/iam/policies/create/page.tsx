import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { CreatePolicyWizard } from "@/components/policies/create-policy-wizard";

export default function CreatePolicyPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Policies", href: "/iam/policies" }, { label: "Create policy" }]} />
      <CreatePolicyWizard />
    </>
  );
}

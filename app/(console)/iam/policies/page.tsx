import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { PoliciesList } from "@/components/policies/policies-list";

export default function PoliciesPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Policies" }]} />
      <PoliciesList />
    </>
  );
}

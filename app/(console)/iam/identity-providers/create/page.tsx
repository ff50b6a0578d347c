import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { AddProviderForm } from "@/components/identity-providers/add-provider-form";

export default function AddProviderPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Identity providers", href: "/iam/identity-providers" }, { label: "Add provider" }]} />
      <AddProviderForm />
    </>
  );
}

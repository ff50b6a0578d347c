import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { ProvidersList } from "@/components/identity-providers/providers-list";

export default function IdentityProvidersPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Identity providers" }]} />
      <ProvidersList />
    </>
  );
}

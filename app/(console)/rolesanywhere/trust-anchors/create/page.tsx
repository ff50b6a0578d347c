import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { CreateTrustAnchorForm } from "@/components/rolesanywhere/create-trust-anchor-form";

export default function CreateTrustAnchorPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere", href: "/rolesanywhere/home" }, { label: "Trust anchors", href: "/rolesanywhere/trust-anchors" }, { label: "Create a trust anchor" }]} />
      <CreateTrustAnchorForm />
    </>
  );
}

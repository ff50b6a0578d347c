import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { TrustAnchorsList } from "@/components/rolesanywhere/trust-anchors-list";

export default function TrustAnchorsPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere", href: "/rolesanywhere/home" }, { label: "Trust anchors" }]} />
      <TrustAnchorsList pageHeading />
    </>
  );
}

import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { TrustAnchorDetail } from "@/components/rolesanywhere/trust-anchor-detail";
import { decodeRouteName } from "@/components/users/route-name";

export default async function TrustAnchorPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeRouteName((await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere", href: "/rolesanywhere/home" }, { label: "Trust anchors", href: "/rolesanywhere/trust-anchors" }, { label: id }]} />
      <TrustAnchorDetail key={id} id={id} />
    </>
  );
}

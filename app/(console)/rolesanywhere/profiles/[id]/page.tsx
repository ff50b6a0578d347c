import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { ProfileDetail } from "@/components/rolesanywhere/profile-detail";
import { decodeRouteName } from "@/components/users/route-name";

export default async function ProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeRouteName((await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere", href: "/rolesanywhere/home" }, { label: "Profiles", href: "/rolesanywhere/profiles" }, { label: id }]} />
      <ProfileDetail key={id} id={id} />
    </>
  );
}

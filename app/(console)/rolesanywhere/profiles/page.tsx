import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { ProfilesList } from "@/components/rolesanywhere/profiles-list";

export default function ProfilesPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere", href: "/rolesanywhere/home" }, { label: "Profiles" }]} />
      <ProfilesList pageHeading />
    </>
  );
}

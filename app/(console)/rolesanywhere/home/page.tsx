import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { RolesAnywhereHome } from "@/components/rolesanywhere/home";

// Where the Roles list's "Manage" leads: the Roles Anywhere console's home.
export default function RolesAnywherePage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere" }]} />
      <RolesAnywhereHome />
    </>
  );
}

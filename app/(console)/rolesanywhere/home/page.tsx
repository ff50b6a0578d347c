import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { RolesAnywhereHome } from "@/components/roles/list/roles-anywhere-home";

// Where the Roles list's "Manage" leads: the Roles Anywhere console, which this clone only stubs.
export default function RolesAnywherePage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere" }]} />
      <RolesAnywhereHome />
    </>
  );
}

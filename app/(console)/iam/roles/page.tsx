import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { RolesList } from "@/components/roles/list/roles-list";
import { RolesAnywherePanel } from "@/components/roles/list/roles-anywhere-panel";

export default function RolesPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Roles" }]} />
      <RolesList />
      <RolesAnywherePanel />
    </>
  );
}

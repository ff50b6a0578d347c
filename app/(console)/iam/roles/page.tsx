import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { RolesList } from "@/components/roles/list/roles-list";

export default function RolesPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Roles" }]} />
      <RolesList />
    </>
  );
}

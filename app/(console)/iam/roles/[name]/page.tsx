import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { RoleDetailPage } from "@/components/roles/detail/role-detail";
import { decodeRouteName } from "@/components/users/route-name";

export default async function RolePage({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeRouteName((await params).name);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Roles", href: "/iam/roles" }, { label: name }]} />
      <RoleDetailPage key={name} roleName={name} />
    </>
  );
}

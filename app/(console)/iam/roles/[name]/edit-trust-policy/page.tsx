import { RoleBreadcrumbs } from "@/components/roles/detail/role-breadcrumbs";
import { EditTrustPolicy } from "@/components/roles/detail/edit-trust-policy";
import { decodeRouteName } from "@/components/users/route-name";

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeRouteName((await params).name);
  return (
    <>
      <RoleBreadcrumbs roleName={name} page="Edit trust policy" />
      <EditTrustPolicy key={name} roleName={name} />
    </>
  );
}

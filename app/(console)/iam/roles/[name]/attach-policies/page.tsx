import { RoleBreadcrumbs } from "@/components/roles/detail/role-breadcrumbs";
import { AttachRolePolicies } from "@/components/roles/detail/attach-role-policies";
import { decodeRouteName } from "@/components/users/route-name";

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeRouteName((await params).name);
  return (
    <>
      <RoleBreadcrumbs roleName={name} page="Attach policies" />
      <AttachRolePolicies key={name} roleName={name} />
    </>
  );
}

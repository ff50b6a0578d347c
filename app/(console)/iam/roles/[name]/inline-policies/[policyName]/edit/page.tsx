import { RoleBreadcrumbs } from "@/components/roles/detail/role-breadcrumbs";
import { EditInlinePolicy } from "@/components/roles/detail/edit-inline-policy";
import { decodeRouteName } from "@/components/users/route-name";

export default async function Page({ params }: { params: Promise<{ name: string; policyName: string }> }) {
  const p = await params;
  const name = decodeRouteName(p.name);
  const policyName = decodeRouteName(p.policyName);
  return (
    <>
      <RoleBreadcrumbs roleName={name} page={`Edit ${policyName}`} />
      <EditInlinePolicy key={`${name}/${policyName}`} roleName={name} policyName={policyName} />
    </>
  );
}

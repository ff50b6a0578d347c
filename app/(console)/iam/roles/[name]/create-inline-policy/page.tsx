import { RoleBreadcrumbs } from "@/components/roles/detail/role-breadcrumbs";
import { CreateInlinePolicy } from "@/components/roles/detail/create-inline-policy";
import { decodeRouteName } from "@/components/users/route-name";

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeRouteName((await params).name);
  return (
    <>
      <RoleBreadcrumbs roleName={name} page="Create policy" />
      <CreateInlinePolicy key={name} roleName={name} />
    </>
  );
}

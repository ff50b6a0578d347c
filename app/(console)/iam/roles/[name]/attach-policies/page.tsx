import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { AttachRolePolicies } from "@/components/roles/detail/attach-role-policies";
import { decodeRouteName } from "@/components/users/route-name";

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeRouteName((await params).name);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "IAM", href: "/iam" },
          { label: "Roles", href: "/iam/roles" },
          { label: name, href: `/iam/roles/${encodeURIComponent(name)}` },
          { label: "Attach policies" },
        ]}
      />
      <AttachRolePolicies key={name} roleName={name} />
    </>
  );
}

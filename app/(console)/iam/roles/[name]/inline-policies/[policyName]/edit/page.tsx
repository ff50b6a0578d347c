import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { EditInlinePolicy } from "@/components/roles/detail/edit-inline-policy";
import { decodeRouteName } from "@/components/users/route-name";

export default async function Page({ params }: { params: Promise<{ name: string; policyName: string }> }) {
  const p = await params;
  const name = decodeRouteName(p.name);
  const policyName = decodeRouteName(p.policyName);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "IAM", href: "/iam" },
          { label: "Roles", href: "/iam/roles" },
          { label: name, href: `/iam/roles/${encodeURIComponent(name)}` },
          { label: `Edit ${policyName}` },
        ]}
      />
      <EditInlinePolicy key={`${name}/${policyName}`} roleName={name} policyName={policyName} />
    </>
  );
}

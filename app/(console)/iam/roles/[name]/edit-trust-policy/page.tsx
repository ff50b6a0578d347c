import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { EditTrustPolicy } from "@/components/roles/detail/edit-trust-policy";
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
          { label: "Edit trust policy" },
        ]}
      />
      <EditTrustPolicy key={name} roleName={name} />
    </>
  );
}

import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { AddUserPermissions } from "@/components/users/add-user-permissions";
import { decodeRouteName } from "@/components/users/route-name";

export default async function AddUserPermissionsPage({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeRouteName((await params).name);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "IAM", href: "/iam" },
          { label: "Users", href: "/iam/users" },
          { label: name, href: `/iam/users/${encodeURIComponent(name)}` },
          { label: "Add permissions" },
        ]}
      />
      <AddUserPermissions userName={name} />
    </>
  );
}

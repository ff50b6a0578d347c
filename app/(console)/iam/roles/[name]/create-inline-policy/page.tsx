import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { CreateInlinePolicy } from "@/components/roles/detail/create-inline-policy";
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
          { label: "Create policy" },
        ]}
      />
      <CreateInlinePolicy key={name} roleName={name} />
    </>
  );
}

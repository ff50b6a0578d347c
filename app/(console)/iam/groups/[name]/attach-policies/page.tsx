import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { AttachGroupPolicies } from "@/components/groups/attach-group-policies";
import { decodeRouteName } from "@/components/users/route-name";

export default async function AttachGroupPoliciesPage({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeRouteName((await params).name);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "IAM", href: "/iam" },
          { label: "User groups", href: "/iam/groups" },
          { label: name, href: `/iam/groups/${encodeURIComponent(name)}` },
          { label: "Attach policies" },
        ]}
      />
      <AttachGroupPolicies groupName={name} />
    </>
  );
}

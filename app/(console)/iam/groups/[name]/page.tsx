import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { GroupDetail } from "@/components/groups/group-detail";
import { decodeRouteName } from "@/components/users/route-name";

export default async function GroupPage({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeRouteName((await params).name);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "User groups", href: "/iam/groups" }, { label: name }]} />
      <GroupDetail key={name} groupName={name} />
    </>
  );
}

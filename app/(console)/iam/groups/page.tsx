import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { GroupsList } from "@/components/groups/groups-list";

export default function GroupsPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "User groups" }]} />
      <GroupsList />
    </>
  );
}

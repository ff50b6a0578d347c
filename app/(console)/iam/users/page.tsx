import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { UsersList } from "@/components/users/users-list";

export default function UsersPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Users" }]} />
      <UsersList />
    </>
  );
}

import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { decodeRouteName } from "@/components/users/route-name";
import { UserDetail } from "@/components/users/user-detail";

export default async function UserPage({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeRouteName((await params).name);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Users", href: "/iam/users" }, { label: name }]} />
      <UserDetail key={name} userName={name} />
    </>
  );
}

import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { CreateGroupForm } from "@/components/groups/create-group-form";

export default function CreateGroupPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "User groups", href: "/iam/groups" }, { label: "Create user group" }]} />
      <CreateGroupForm />
    </>
  );
}

import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { SubjectsList } from "@/components/rolesanywhere/subjects-list";

export default function SubjectsPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere", href: "/rolesanywhere/home" }, { label: "Subject activity" }]} />
      <SubjectsList pageHeading />
    </>
  );
}

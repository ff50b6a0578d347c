import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { SubjectDetail } from "@/components/rolesanywhere/subject-detail";
import { decodeRouteName } from "@/components/users/route-name";

export default async function SubjectPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeRouteName((await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere", href: "/rolesanywhere/home" }, { label: "Subject activity", href: "/rolesanywhere/subjects" }, { label: id }]} />
      <SubjectDetail key={id} id={id} />
    </>
  );
}

import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { CreateProfileForm } from "@/components/rolesanywhere/create-profile-form";

export default function CreateProfilePage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM Roles Anywhere", href: "/rolesanywhere/home" }, { label: "Profiles", href: "/rolesanywhere/profiles" }, { label: "Create a profile" }]} />
      <CreateProfileForm />
    </>
  );
}

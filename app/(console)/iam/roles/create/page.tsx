import { redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { CreateRoleWizard } from "@/components/roles/create/create-role-wizard";
import { getCaller } from "@/lib/auth/get-caller";
import { listTrustProviders } from "@/lib/iam/console/trust-providers";

// The account id ("This account (…)") and the account's identity providers feed Step 1's forms.
export default async function CreateRolePage() {
  const caller = await getCaller();
  if (!caller) redirect("/signin");
  const providers = await listTrustProviders(caller);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Roles", href: "/iam/roles" }, { label: "Create role" }]} />
      <CreateRoleWizard accountId={caller.accountId} providers={providers} />
    </>
  );
}

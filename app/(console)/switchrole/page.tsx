import { cookies } from "next/headers";
import { SwitchRoleForm } from "@/components/switch-role/switch-role-form";
import { INTRO_COOKIE, showSwitchRoleIntro } from "@/components/switch-role/intro-cookie";

// Switch-role links (`/switchrole?roleName=…&account=…&displayName=…&color=…`) pre-fill the form.
// The first-visit explainer is chosen here, from its cookie, and never under SANDBOX_DEMO=1.
export default async function SwitchRolePage({
  searchParams,
}: {
  searchParams: Promise<{ roleName?: string; account?: string; displayName?: string; color?: string }>;
}) {
  const p = await searchParams;
  const showIntro = showSwitchRoleIntro((await cookies()).get(INTRO_COOKIE)?.value);
  return <SwitchRoleForm showIntro={showIntro} initial={{ account: p.account ?? "", roleName: p.roleName ?? "", displayName: p.displayName ?? "", color: p.color ?? "" }} />;
}

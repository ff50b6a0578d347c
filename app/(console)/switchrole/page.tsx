import { SwitchRoleForm } from "@/components/switch-role/switch-role-form";

// Switch-role links (`/switchrole?roleName=…&account=…&displayName=…&color=…`) pre-fill the form.
export default async function SwitchRolePage({
  searchParams,
}: {
  searchParams: Promise<{ roleName?: string; account?: string; displayName?: string; color?: string }>;
}) {
  const p = await searchParams;
  return <SwitchRoleForm initial={{ account: p.account ?? "", roleName: p.roleName ?? "", displayName: p.displayName ?? "", color: p.color ?? "" }} />;
}

import { Breadcrumbs } from "@/components/chrome/breadcrumbs";

/** `IAM > Roles > <role> > <page>` for the pages under a role. */
export function RoleBreadcrumbs({ roleName, page }: { roleName: string; page: string }) {
  return (
    <Breadcrumbs
      items={[
        { label: "IAM", href: "/iam" },
        { label: "Roles", href: "/iam/roles" },
        { label: roleName, href: `/iam/roles/${encodeURIComponent(roleName)}` },
        { label: page },
      ]}
    />
  );
}

"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const ACCESS_MANAGEMENT = [
  ["User groups", "/iam/groups"],
  ["Users", "/iam/users"],
  ["Roles", "/iam/roles"],
  ["Policies", "/iam/policies"],
  ["Identity providers", "/iam/identity-providers"],
  ["Account settings", "/iam/account-settings"],
] as const;

/** The current service's left navigation (IAM's, or CloudTrail's under /cloudtrail); the current section is bold with a marker, as in the console. */
export function SideNav() {
  const path = usePathname();
  const link = (label: string, href: string) => {
    const active = href === "/iam" ? path === "/iam" : path === href || path.startsWith(href + "/");
    return (
      <li key={href}>
        <Link
          href={href}
          aria-current={active ? "page" : undefined}
          className={`block border-l-4 py-1 pl-4 text-aws-ink hover:text-aws-blue ${active ? "border-aws-blue font-bold text-aws-blue" : "border-transparent"}`}
        >
          {label}
        </Link>
      </li>
    );
  };
  if (path.startsWith("/cloudtrail")) {
    return (
      <nav aria-label="CloudTrail" className="w-64 shrink-0 border-r border-aws-divider bg-white py-4 text-sm">
        <h2 className="mb-3 px-5 text-lg font-bold">CloudTrail</h2>
        <ul>{link("Event history", "/cloudtrail/event-history")}</ul>
        <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Related consoles</h3>
        <ul>{link("IAM", "/iam")}</ul>
      </nav>
    );
  }
  return (
    <nav aria-label="IAM" className="w-64 shrink-0 border-r border-aws-divider bg-white py-4 text-sm">
      <h2 className="mb-3 px-5 text-lg font-bold">Identity and Access Management (IAM)</h2>
      <ul>{link("Dashboard", "/iam")}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Access management</h3>
      <ul>{ACCESS_MANAGEMENT.map(([label, href]) => link(label, href))}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Access reports</h3>
      <ul>{link("Access graph", "/iam/access-graph")}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Tools</h3>
      <ul>{link("Policy simulator", "/policysim")}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Related consoles</h3>
      <ul>{link("CloudTrail event history", "/cloudtrail/event-history")}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Training</h3>
      <ul>{link("Labs", "/labs")}</ul>
    </nav>
  );
}

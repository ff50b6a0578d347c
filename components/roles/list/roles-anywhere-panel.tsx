"use client";
// "Roles Anywhere Info" below the roles table (console-spec §7.3): three cards on what IAM Roles
// Anywhere offers and a Manage button. Roles Anywhere is a separate console and service, so Manage
// leads to the Roles Anywhere console's home (/rolesanywhere/home) rather than to anything in IAM.
import Link from "next/link";
import { Container } from "@/components/ui/container";

const CARDS: { title: string; body: string }[] = [
  {
    title: "Access AWS from your non AWS workloads",
    body: "Operate your non AWS workloads using the same authentication and authorization strategy that you use within AWS.",
  },
  {
    title: "X.509 Standard",
    body: "Use your own existing PKI infrastructure or use AWS Certificate Manager Private Certificate Authority to authenticate identities.",
  },
  {
    title: "Temporary credentials",
    body: "Use temporary credentials with ease and benefit from the enhanced security they provide.",
  },
];

export function RolesAnywherePanel() {
  return (
    <div className="mt-6">
      <Container
        title="Roles Anywhere"
        info
        description="Authenticate your non AWS workloads and securely provide access to AWS services."
        actions={
          <Link href="/rolesanywhere/home" className="rounded-full border-2 border-aws-blue bg-white px-5 py-[2px] text-sm leading-6 font-bold text-aws-blue hover:bg-aws-blue-light">
            Manage
          </Link>
        }
      >
        <ul aria-label="Roles Anywhere benefits" className="grid gap-4 md:grid-cols-3">
          {CARDS.map((c) => (
            <li key={c.title} className="rounded-xl border border-aws-divider p-4">
              <h3 className="font-bold">{c.title}</h3>
              <p className="mt-1 text-sm text-aws-muted">{c.body}</p>
            </li>
          ))}
        </ul>
      </Container>
    </div>
  );
}

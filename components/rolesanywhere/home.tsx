// The IAM Roles Anywhere console's home (where the Roles list's "Manage" leads): how it works in
// three steps, then the trust anchors, profiles and subject activity tables, as AWS's console lays
// them out on one page.
import { InfoLink } from "@/components/help/info-link";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { ProfilesList } from "./profiles-list";
import { SubjectsList } from "./subjects-list";
import { TrustAnchorsList } from "./trust-anchors-list";

const STEPS: { title: string; body: React.ReactNode }[] = [
  {
    title: "Establish trust",
    body: (
      <>
        <Link href="/rolesanywhere/trust-anchors/create">Create a trust anchor</Link> from your certificate authority&apos;s certificate, or let the sandbox
        generate a CA for you.
      </>
    ),
  },
  {
    title: "Configure roles",
    body: (
      <>
        <Link href="/rolesanywhere/profiles/create">Create a profile</Link> naming roles whose trust policy allows <code>rolesanywhere.amazonaws.com</code>{" "}
        to call <code>sts:AssumeRole</code>, <code>sts:TagSession</code> and <code>sts:SetSourceIdentity</code>.
      </>
    ),
  },
  {
    title: "Obtain credentials",
    body: (
      <>
        Present a certificate issued by the CA to <code>CreateSession</code>: <code>npm run sandbox:rolesanywhere</code> mints one from a generated CA and
        returns temporary credentials.
      </>
    ),
  },
];

export function RolesAnywhereHome() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">
        IAM Roles Anywhere <InfoLink />
      </h1>
      <Container title="How it works" description="Workloads outside AWS use X.509 certificates to obtain temporary credentials for IAM roles.">
        <ol aria-label="How IAM Roles Anywhere works" className="grid gap-4 md:grid-cols-3">
          {STEPS.map((s, i) => (
            <li key={s.title} className="rounded-xl border border-aws-divider p-4">
              <h3 className="font-bold">
                Step {i + 1}: {s.title}
              </h3>
              <p className="mt-1 text-sm text-aws-muted">{s.body}</p>
            </li>
          ))}
        </ol>
      </Container>
      <TrustAnchorsList />
      <ProfilesList />
      <SubjectsList />
    </div>
  );
}

import Link from "next/link";
import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { Container, KeyValue } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { SignInUrl } from "@/components/dashboard/sign-in-url";
import { getConsoleState } from "@/lib/auth/console-state";
import { formatAccountId } from "@/lib/authz/caller";
import { accountAlias } from "@/lib/auth/account-alias";

export default async function DashboardPage() {
  const state = await getConsoleState();
  // Rendered alongside the console layout, which sends a caller without a session to sign in: nothing to show here.
  if (!state) return null;
  const { caller, history, identity } = state;
  const alias = await accountAlias(caller.accountId);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Dashboard" }]} />
      <h1 className="mb-4 text-2xl font-bold">IAM Dashboard</h1>
      <div className="grid gap-4 lg:grid-cols-2">
        <Container title="AWS Account">
          <dl className="grid gap-3">
            <KeyValue label="Account ID">
              {formatAccountId(caller.accountId)} <CopyButton text={caller.accountId} label="Copy account ID" />
            </KeyValue>
            <KeyValue label="Account Alias">{alias ?? "-"}</KeyValue>
            <KeyValue label="Sign-in URL for IAM users in this account">
              <SignInUrl account={alias ?? caller.accountId} />
            </KeyValue>
          </dl>
        </Container>
        {identity.kind === "user" && (
          <Container title="Switch role" description="Recently used roles. Switching temporarily takes on the role's permissions.">
            {history.length === 0 ? (
              <p className="text-aws-muted">No recent roles.</p>
            ) : (
              <ul className="mb-3 grid gap-1" aria-label="Recent roles">
                {history.map((h) => (
                  <li key={`${h.accountId}/${h.roleName}`}>
                    <span className="mr-2 inline-block size-3 rounded-sm align-middle" style={{ backgroundColor: h.color ? `#${h.color}` : "#e9ebed" }} aria-hidden />
                    <Link
                      href={`/switchrole?${new URLSearchParams({ account: h.accountId, roleName: h.roleName, displayName: h.displayName, ...(h.color ? { color: h.color } : {}) })}`}
                    >
                      {h.displayName}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <Link href="/switchrole" className="font-bold">
              Switch role
            </Link>
          </Container>
        )}
        <Container title="Quick links">
          <ul className="grid gap-1">
            <li><Link href="/iam/users">Users</Link></li>
            <li><Link href="/iam/groups">User groups</Link></li>
            <li><Link href="/iam/roles">Roles</Link></li>
            <li><Link href="/iam/policies">Policies</Link></li>
            <li><Link href="/cloudtrail/event-history">CloudTrail event history</Link></li>
          </ul>
        </Container>
      </div>
    </>
  );
}

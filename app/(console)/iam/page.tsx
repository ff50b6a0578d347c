import Link from "next/link";
import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { Container, KeyValue } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { getCaller } from "@/lib/auth/get-caller";
import { formatAccountId } from "@/lib/authz/caller";
import { db } from "@/lib/db";

export default async function DashboardPage() {
  const caller = (await getCaller())!;
  const account = await db.account.findUnique({ where: { id: caller.accountId } });
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
            <KeyValue label="Account Alias">{account?.alias ?? "-"}</KeyValue>
            <KeyValue label="Sign-in URL for IAM users in this account">
              <span className="font-mono text-xs">http://localhost:3000/signin ({account?.alias ?? caller.accountId})</span>
            </KeyValue>
          </dl>
        </Container>
        <Container title="Quick links">
          <ul className="grid gap-1">
            <li><Link href="/iam/users">Users</Link></li>
            <li><Link href="/iam/groups">User groups</Link></li>
            <li><Link href="/iam/roles">Roles</Link></li>
            <li><Link href="/iam/policies">Policies</Link></li>
          </ul>
        </Container>
      </div>
    </>
  );
}

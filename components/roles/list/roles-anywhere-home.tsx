// A read-only stub of the IAM Roles Anywhere console (console-spec §7.3). Roles Anywhere is its own
// service with its own API; the simulator models none of it, so the trust anchor and profile tables
// are always empty and nothing here can be created — the page says so rather than showing fake data.
import { InfoLink } from "@/components/help/info-link";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/table";

function EmptyResourceTable({ label, columns, noun }: { label: string; columns: string[]; noun: string }) {
  return (
    <table aria-label={label} className="w-full border-collapse text-left">
      <thead>
        <tr className="border-b-2 border-aws-divider">
          {columns.map((c) => (
            <th key={c} className="px-2 py-2 text-sm font-bold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <td colSpan={columns.length}>
            <EmptyState title={`No ${noun}`} description={`No ${noun} to display.`} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}

export function RolesAnywhereHome() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">
        IAM Roles Anywhere <InfoLink />
      </h1>
      <div role="note" className="rounded-xl border-2 border-aws-blue bg-aws-blue-light p-3">
        IAM Roles Anywhere is a separate AWS service with its own console. This IAM simulator does not model it, so trust anchors and
        profiles cannot be created here. Roles that Roles Anywhere would use are ordinary IAM roles trusting{" "}
        <code>rolesanywhere.amazonaws.com</code>; you can create them from <Link href="/iam/roles">Roles</Link>.
      </div>
      <Container title="Trust anchors" counter="(0)" description="A trust anchor is the certificate authority that IAM Roles Anywhere trusts to authenticate your workloads.">
        <EmptyResourceTable label="Trust anchors" columns={["Name", "Source", "Status"]} noun="trust anchors" />
      </Container>
      <Container title="Profiles" counter="(0)" description="A profile names the roles a workload can assume and the session policies that limit them.">
        <EmptyResourceTable label="Profiles" columns={["Name", "Roles", "Status"]} noun="profiles" />
      </Container>
    </div>
  );
}

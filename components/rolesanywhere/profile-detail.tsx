"use client";
// A profile's page: Details (name, ID, ARN, status, session duration, who created it), its Roles
// (linking to each role), its session policies, certificate attribute mappings, Tags; Edit,
// Enable/Disable and Delete in the header.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { CopyableText } from "@/components/ui/copy-button";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { PageHeader } from "@/components/ui/page-header";
import { longDate } from "@/components/ui/time";
import { AttributeMappings } from "./attribute-mappings";
import { DeleteResourceModal } from "./delete-resource-modal";
import { EditProfileModal } from "./edit-profile-modal";
import { EnableToggle } from "./enable-toggle";
import { formatDuration, roleNameOf } from "./profiles-list";
import { ResourceTags } from "./resource-tags";
import { EnabledStatus } from "./status";
import { useProfile } from "./use-roles-anywhere";

/** A session policy as stored, shown indented when it is JSON. */
function pretty(doc: string): string {
  try {
    return JSON.stringify(JSON.parse(doc), null, 2);
  } catch {
    return doc;
  }
}

export function ProfileDetail({ id }: { id: string }) {
  const profile = useProfile(id);
  const router = useRouter();
  const { push } = useFlash();
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const p = profile.data;

  return (
    <>
      <PageHeader title={p?.name ?? id}>
        <div className="flex gap-2">
          <Button disabled={!p} onClick={() => setEditing(true)}>
            Edit
          </Button>
          {p && <EnableToggle kind="profiles" id={id} name={p.name} noun="Profile" enabled={p.enabled} />}
          <Button disabled={!p} onClick={() => setDeleting(true)}>
            Delete
          </Button>
        </div>
      </PageHeader>
      {profile.isError ? (
        <QueryError error={profile.error} />
      ) : p ? (
        <div className="flex flex-col gap-6">
          <Container title="Details">
            <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
              <KeyValue label="Name">{p.name}</KeyValue>
              <KeyValue label="Profile ID">
                <span className="font-mono text-sm">{p.profileId}</span>
              </KeyValue>
              <KeyValue label="Status">
                <EnabledStatus enabled={p.enabled} />
              </KeyValue>
              <KeyValue label="ARN">
                <CopyableText text={p.profileArn} label="Copy ARN" wrap />
              </KeyValue>
              <KeyValue label="Session duration">
                {formatDuration(p.durationSeconds)} ({p.durationSeconds} seconds)
              </KeyValue>
              <KeyValue label="Require instance properties">{p.requireInstanceProperties ? "Yes" : "No"}</KeyValue>
              <KeyValue label="Accept custom role session name">{p.acceptRoleSessionName ? "Yes" : "No"}</KeyValue>
              {p.createdBy && <KeyValue label="Created by">{p.createdBy}</KeyValue>}
              <KeyValue label="Created">{longDate(p.createdAt)}</KeyValue>
              <KeyValue label="Last updated">{longDate(p.updatedAt)}</KeyValue>
            </dl>
          </Container>
          <Container title="Roles" counter={`(${p.roleArns.length})`} description="The roles a workload can assume with this profile.">
            <ul aria-label="Profile roles">
              {p.roleArns.map((arn) => (
                <li key={arn} className="py-0.5">
                  <Link href={`/iam/roles/${encodeURIComponent(roleNameOf(arn))}`}>{roleNameOf(arn)}</Link> <span className="font-mono text-xs text-aws-muted">{arn}</span>
                </li>
              ))}
            </ul>
          </Container>
          <Container title="Session policies" description="Credentials from this profile allow only what both the role and these policies allow.">
            <h3 className="mb-1 font-bold">Managed policies</h3>
            {p.managedPolicyArns.length === 0 ? (
              <p className="mb-3 text-aws-muted">None</p>
            ) : (
              <ul aria-label="Managed session policies" className="mb-3 font-mono text-sm">
                {p.managedPolicyArns.map((arn) => (
                  <li key={arn}>{arn}</li>
                ))}
              </ul>
            )}
            <h3 className="mb-1 font-bold">Inline policy</h3>
            {p.sessionPolicy ? (
              <pre aria-label="Inline session policy" className="overflow-x-auto rounded-lg bg-aws-bg p-3 text-xs">
                {pretty(p.sessionPolicy)}
              </pre>
            ) : (
              <p className="text-aws-muted">None</p>
            )}
          </Container>
          <AttributeMappings profile={p} />
          <ResourceTags kind="profiles" id={id} label={`profile ${p.name}`} />
        </div>
      ) : (
        <p role="status" className="text-aws-muted">
          Loading profile
        </p>
      )}
      {p && editing && <EditProfileModal profile={p} onClose={() => setEditing(false)} />}
      {p && (
        <DeleteResourceModal
          kind="profiles"
          id={id}
          name={p.name}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={(name) => {
            push({ type: "success", content: `Profile ${name} deleted.` });
            router.push("/rolesanywhere/profiles");
          }}
        />
      )}
    </>
  );
}

"use client";
// "Profiles (N)": Name, Status, Roles, Session duration, Created; Enable / Disable / Delete and
// "Create a profile".
import Link from "next/link";
import { LinkButton } from "@/components/ui/link-button";
import type { Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { ResourceList } from "./resource-list";
import { EnabledStatus } from "./status";
import { profileHref, type Profile } from "./types";
import { useProfiles } from "./use-roles-anywhere";

export const roleNameOf = (arn: string) => arn.slice(arn.lastIndexOf("/") + 1);

const COLUMNS: Column<Profile>[] = [
  { id: "name", header: "Name", sortingField: "name", cell: (p) => <Link href={profileHref(p.profileId)}>{p.name}</Link> },
  { id: "status", header: "Status", sortingField: "enabled", cell: (p) => <EnabledStatus enabled={p.enabled} /> },
  { id: "roles", header: "Roles", cell: (p) => p.roleArns.map(roleNameOf).join(", ") || "-" },
  { id: "duration", header: "Session duration", sortingField: "durationSeconds", cell: (p) => formatDuration(p.durationSeconds) },
  { id: "created", header: "Created", sortingField: "createdAt", cell: (p) => relativeTime(p.createdAt) },
];

/** 3600 → "1 hour", 5400 → "1 hour 30 minutes", 900 → "15 minutes". */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const part = (n: number, unit: string) => (n ? `${n} ${unit}${n === 1 ? "" : "s"}` : "");
  return [part(h, "hour"), part(m, "minute")].filter(Boolean).join(" ") || `${seconds} seconds`;
}

const EMPTY: Profile[] = [];
const idOf = (p: Profile) => p.profileId;

export function ProfilesList({ pageHeading }: { pageHeading?: boolean }) {
  const profiles = useProfiles();
  return (
    <ResourceList
      kind="profiles"
      title="Profiles"
      noun="profile"
      description="A profile names the roles a workload can assume through IAM Roles Anywhere and the session policies that limit them."
      query={profiles}
      items={profiles.data?.profiles ?? EMPTY}
      idOf={idOf}
      columns={COLUMNS}
      topic="ra-profiles"
      pageHeading={pageHeading}
      create={
        <LinkButton href="/rolesanywhere/profiles/create" variant="primary">
          Create a profile
        </LinkButton>
      }
    />
  );
}

// UpdateUser and UpdateGroup move an entity to a new name and/or path. AWS requires permission on
// the entity under its old ARN and under its new one (API_UpdateUser, API_UpdateGroup), both asked
// before anything about the entity is answered.
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import type { AwsError } from "@/lib/errors";
import { iamArn } from "./names";

export interface RenameTarget {
  name: string;
  nameLower: string;
  path: string;
  arn: string;
}

/** Authorizes `action` on the old and the new ARN, then requires the entity (`row`) to exist. */
export async function authorizeRename<T extends { arn: string; name: string; path: string }>(
  caller: Caller,
  action: string,
  kind: "user" | "group",
  row: T | null,
  input: { name: string; newName?: string; newPath?: string; notFound: () => AwsError },
): Promise<{ row: T; target: RenameTarget }> {
  const oldArn = row?.arn ?? iamArn(caller.accountId, kind, "/", input.name);
  const name = input.newName ?? row?.name ?? input.name;
  const path = input.newPath ?? row?.path ?? "/";
  const arn = iamArn(caller.accountId, kind, path, name);
  await authorize(caller, action, oldArn);
  if (arn !== oldArn) await authorize(caller, action, arn);
  if (!row) throw input.notFound();
  return { row, target: { name, nameLower: name.toLowerCase(), path, arn } };
}

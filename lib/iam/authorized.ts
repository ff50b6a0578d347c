// Authorization before existence. AWS decides whether the caller may act on an entity before it says
// whether the entity exists, so a caller without permission gets AccessDenied for a missing name and
// an existing one alike. The decision needs the entity's ARN, and the ARN holds the entity's path:
// the row is read first only to learn it, and nothing about the row is answered until authorize()
// has allowed the call. A missing entity is authorized against its pathless ARN, which is the ARN
// AWS names in the AccessDenied message for a name it cannot resolve.
import { authorize, type AuthorizeOptions } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import type { AwsError } from "@/lib/errors";

/** Options may depend on the row (a role's current boundary); a missing row gets `null`. */
export type OptionsFor<T> = AuthorizeOptions | ((row: T | null) => AuthorizeOptions);

export interface EntityLookup<T> {
  /** The entity, or null when there is none (never throws for a missing one). */
  row: T | null;
  /** The ARN AWS names for the entity when it cannot be found: account, type and name, no path. */
  pathlessArn: string;
  notFound: () => AwsError;
}

/** Authorizes `action` on the entity (real ARN, or the pathless one when missing), then requires it to exist. */
export async function authorizeEntity<T extends { arn: string }>(
  caller: Caller,
  action: string,
  lookup: EntityLookup<T>,
  opts: OptionsFor<T> = {},
): Promise<T> {
  const { row } = lookup;
  await authorize(caller, action, row?.arn ?? lookup.pathlessArn, typeof opts === "function" ? opts(row) : opts);
  if (!row) throw lookup.notFound();
  return row;
}

// Authorization before existence for Roles Anywhere resources (lib/iam/authorized.ts's rule): the
// row is read only to learn its tags (aws:ResourceTag/…), the decision names the resource's ARN
// (built from the id when there is no such resource), and only then is NotFound told.
import { authorize, type AuthorizeOptions } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { notFound, resourceTagContext } from "./common";

export async function authorizeRa<T extends { arn: string }>(
  caller: Caller,
  action: string,
  /** The ARN the request named (or built from the id in the caller's account): decided when there is no row. */
  namedArn: string,
  row: T | null,
  opts: AuthorizeOptions = {},
): Promise<T> {
  const arn = row?.arn ?? namedArn;
  const context = row ? { ...(await resourceTagContext(row.arn)), ...opts.context } : opts.context;
  await authorize(caller, action, arn, { ...opts, context });
  if (!row) throw notFound();
  return row;
}

/** A list or create call: no resource ARN, so "*" (the service authorization reference lists none). */
export function authorizeAccountAction(caller: Caller, action: string, opts: AuthorizeOptions = {}): Promise<void> {
  return authorize(caller, action, "*", opts);
}

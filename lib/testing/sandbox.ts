// Test support: a fresh seeded sandbox and callers for it. Import only from tests; it must run
// before anything imports lib/db, because it points the process at a new database.
import type { Caller } from "@/lib/authz/caller";
import { pointAtFreshSandbox } from "@/lib/testing/sandbox-db";

export const ACCT = "111111111111";
export const OTHER_ACCT = "222222222222";

export interface Sandbox {
  db: typeof import("@/lib/db").db;
  admin: Caller;
  alice: Caller;
  root: Caller;
  userCaller(accountId: string, name: string): Promise<Caller>;
}

export async function openSandbox(): Promise<Sandbox> {
  pointAtFreshSandbox();
  const { db } = await import("@/lib/db");
  const userCaller = async (accountId: string, name: string): Promise<Caller> => {
    const u = await db.user.findFirstOrThrow({ where: { accountId, name } });
    return { kind: "user", accountId, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "api" };
  };
  return {
    db,
    admin: await userCaller(ACCT, "admin"),
    alice: await userCaller(ACCT, "alice"),
    root: { kind: "root", accountId: ACCT, arn: `arn:aws:iam::${ACCT}:root`, mfa: false, via: "api" },
    userCaller,
  };
}

export function trustDoc(principal: object, extra: object = {}): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...extra }] });
}

export const ALLOW_ALL = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] });

/** The AwsError a promise rejects with, as { code, message }, or a marker when it resolved. */
export async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { code?: string; message: string };
    return { code: err.code ?? "NotAnAwsError", message: err.message };
  }
  return { code: "Resolved", message: "" };
}

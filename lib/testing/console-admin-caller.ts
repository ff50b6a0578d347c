// A stand-in for lib/auth/get-caller in tests that call console routes directly: the caller is
// account 111111111111's admin user, read from the store on every request as getConsoleState does.
// Use as `vi.mock("@/lib/auth/get-caller", () => import("@/lib/testing/console-admin-caller"))`.
import type { Caller } from "@/lib/authz/caller";

export async function getCaller(): Promise<Caller> {
  const { db } = await import("@/lib/db");
  const u = await db.user.findFirstOrThrow({ where: { accountId: "111111111111", name: "admin" } });
  return { kind: "user", accountId: u.accountId, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "console" };
}

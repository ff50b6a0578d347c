import "server-only";
// Console Switch role: a real sts:AssumeRole through the simulator, authorized as the current
// principal (switching again from a role session is role chaining), with the console's 1-hour
// session capped by what is left of the user's sign-in. Any failure reads as AWS's one generic
// message. The real reason travels in details for the "Why?" panel only when it tells the caller
// nothing it could not read anyway: a role in its own account that it may iam:GetRole. Across
// accounts, or without GetRole, nothing reveals whether the role exists or why the switch failed.
import { db } from "@/lib/db";
import { AwsError, isAwsError } from "@/lib/errors";
import { decisionOf, deniedByRule } from "@/lib/authz/access-denied";
import type { Caller } from "@/lib/authz/caller";
import { decide } from "@/lib/authz/decide";
import { assumeRoleForConsole, consoleRoleArn, ROOT_CANNOT_ASSUME } from "@/lib/sts/assume-role";
import { CONSOLE_SESSION_SECONDS } from "./options";
import type { SignedInIdentity } from "./sign-in";
import { recordSwitchRole, recordSwitchRoleFailure, type SwitchAttempt } from "./switch-role-trail";
import { serverNowMs } from "@/lib/server-now";

export const SWITCH_FAILED = "Invalid information in one or more fields. Check your information or contact your administrator.";

/** AWS's five display colours (the hex values switch-role links carry). */
export const ROLE_COLORS = { Red: "f2b0a9", Orange: "fbc8aa", Yellow: "efda95", Green: "b7ca9d", Blue: "83d4e8" } as const;
const KNOWN_COLORS = new Set<string>(Object.values(ROLE_COLORS));

export interface SwitchInput {
  account: string;
  roleName: string;
  displayName?: string;
  color?: string;
}

export interface SwitchOutcome {
  accessKeyId: string;
  accountId: string;
  roleName: string;
  displayName: string;
  color: string | null;
}

function fail(reason?: AwsError): never {
  const decision = decisionOf(reason);
  const why = decision ? { context: decision.context, decision: decision.decision, deniedBy: decision.deniedBy, explanation: decision.explanation } : undefined;
  throw new AwsError("InvalidInput", SWITCH_FAILED, reason ? { reasonCode: reason.code, reason: reason.message, ...reason.details, ...why } : undefined);
}

/** The failure's reason, when the caller may know it: its own account's role, readable with iam:GetRole. */
async function tellable(caller: Caller, accountId: string, roleName: string, path: string | undefined, e: AwsError): Promise<AwsError | undefined> {
  if (accountId !== caller.accountId) return undefined;
  const roleArn = await consoleRoleArn(accountId, roleName, path);
  return (await decide(caller, "iam:GetRole", roleArn)).allowed ? e : undefined;
}

export async function switchRole(caller: Caller, identity: SignedInIdentity, input: SwitchInput, now = serverNowMs()): Promise<SwitchOutcome> {
  if (identity.kind === "root") fail(deniedByRule(ROOT_CANNOT_ASSUME));
  const accountText = input.account.trim().toLowerCase().replace(/^(\d{4})-(\d{4})-(\d{4})$/, "$1$2$3");
  const account = await db.account.findFirst({ where: { OR: [{ id: accountText }, { alias: accountText }] } });
  const entered = input.roleName.trim().replace(/^\/+/, "");
  // The console stores path + name in a cookie and refuses anything longer than 64 characters.
  if (!account || !entered || entered.length > 64) fail();
  const slash = entered.lastIndexOf("/");
  const roleName = entered.slice(slash + 1);
  const path = slash >= 0 ? `/${entered.slice(0, slash + 1)}` : undefined;

  const remaining = Math.floor((identity.signedInAt + CONSOLE_SESSION_SECONDS * 1000 - now) / 1000);
  const durationSeconds = Math.min(3600, remaining);
  if (durationSeconds < 900) fail(new AwsError("ValidationError", "Your console session ends in less than 15 minutes. Sign in again to switch roles."));
  const sessionName = identity.name;
  // What the event history records of the attempt (lib/auth/switch-role-trail.ts).
  const attempt: SwitchAttempt = { caller, accountId: account.id, roleArn: await consoleRoleArn(account.id, roleName, path), sessionName, durationSeconds, at: new Date(now) };
  try {
    const result = await assumeRoleForConsole(caller, { accountId: account.id, roleName, path, sessionName, durationSeconds });
    await recordSwitchRole(attempt, result);
    const color = input.color?.toLowerCase().replace(/^#/, "") ?? "";
    return {
      accessKeyId: result.Credentials.AccessKeyId,
      accountId: account.id,
      roleName: entered,
      displayName: input.displayName?.trim() || `${roleName} @ ${account.id}`,
      color: KNOWN_COLORS.has(color) ? color : null,
    };
  } catch (e) {
    if (isAwsError(e)) {
      await recordSwitchRoleFailure(attempt, e);
      fail(await tellable(caller, account.id, roleName, path, e));
    }
    throw e;
  }
}

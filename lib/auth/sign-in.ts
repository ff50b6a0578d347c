// Console sign-in: root (email + password) or IAM user (account id/alias + user name + password),
// then a TOTP code when the identity has an MFA device. Failures say nothing about which part was wrong.
import { db } from "@/lib/db";
import { verifyPassword } from "./password";
import { CLIENT_RULE, IDENTITY_RULE, Throttle } from "./throttle";
import { matchTotp } from "@/lib/iam/mfa-devices/totp";
import type { TrailActor } from "@/lib/cloudtrail/types";
import { recordConsoleLogin, type SignInMeta } from "./sign-in-trail";
import { isMultiSandbox } from "@/lib/sandbox/mode";
import { learnerOwnsSandbox, touchAccountSandbox } from "@/lib/sandbox/ownership";
import { realTimeMs, serverNowMs } from "@/lib/server-now";

/**
 * SANDBOX_MODE=multi (training spec §6): whose sign-in this is. An account of a sandbox the learner
 * does not own reads as unknown, so the attempt gets the wrong-password error and leaves no record.
 * The instructor may sign in to any sandbox, and is the only one who may sign in to the demo sandbox
 * (its passwords are published in the README: on a training server it is the instructor's to show).
 */
export interface SignInScope {
  multi?: boolean;
  learnerId?: string;
  instructor?: boolean;
}

export type SignInInput =
  | { type: "root"; email: string; password: string; mfaCode?: string }
  | { type: "iam"; account: string; userName: string; password: string; mfaCode?: string };

/** What the console session remembers about who signed in (kept in the next-auth JWT). */
export interface SignedInIdentity {
  kind: "root" | "user";
  accountId: string;
  userId?: string;
  name: string; // user name, or the root email
  arn: string;
  mfa: boolean;
  signedInAt: number; // epoch ms
}

export type SignInError = "INVALID" | "MFA_REQUIRED" | "THROTTLED";
export type SignInOutcome = { ok: true; identity: SignedInIdentity } | { ok: false; error: SignInError };

export const SIGN_IN_MESSAGES: Record<SignInError, string> = {
  INVALID: "Your authentication information is incorrect. Please try again.",
  MFA_REQUIRED: "Enter the code from your MFA device.",
  THROTTLED: "Too many failed sign-in attempts. Wait a few minutes, then try again.",
};

const signInThrottles = {
  identity: new Throttle("identity", IDENTITY_RULE, () => db),
  client: new Throttle("client", CLIENT_RULE, () => db),
};

function normaliseAccount(text: string): string {
  const trimmed = text.trim().toLowerCase();
  return /^[\d-]+$/.test(trimmed) ? trimmed.replace(/-/g, "") : trimmed;
}

/**
 * The identity the input names, and the account it names even when the user is unknown: a failed
 * attempt is recorded in that account's event history (an unknown root email names none).
 */
async function findIdentity(input: SignInInput, scope: SignInScope) {
  const visible = async (account: { sandboxId: string } | null) =>
    !!account && (!scope.multi || !!scope.instructor || (await learnerOwnsSandbox(scope.learnerId, account.sandboxId)));
  if (input.type === "root") {
    const account = await db.account.findUnique({ where: { rootEmail: input.email.trim().toLowerCase() } });
    if (!account || !(await visible(account))) return { accountId: null, found: null };
    const devices = await db.mfaDevice.findMany({ where: { accountId: account.id, userId: null, enabledAt: { not: null } } });
    const arn = `arn:aws:iam::${account.id}:root`;
    const actor: TrailActor = { kind: "caller", caller: { kind: "root", accountId: account.id, arn, mfa: false, via: "console" } };
    return {
      accountId: account.id,
      found: {
        passwordHash: account.rootPasswordHash,
        devices,
        trail: { actor, failedActor: actor, accountAlias: account.alias },
        identity: { kind: "root", accountId: account.id, name: account.rootEmail, arn } as const,
      },
    };
  }
  const acct = normaliseAccount(input.account);
  const account = await db.account.findFirst({ where: { OR: [{ id: acct }, { alias: acct }] } });
  if (!account || !(await visible(account))) return { accountId: null, found: null };
  const user = await db.user.findUnique({
    where: { accountId_nameLower: { accountId: account.id, nameLower: input.userName.trim().toLowerCase() } },
    include: { mfaDevices: true },
  });
  if (!user) return { accountId: account.id, found: null };
  const caller = { kind: "user", accountId: account.id, arn: user.arn, userId: user.id, userName: user.name, mfa: false, via: "console" } as const;
  const failedActor: TrailActor = { kind: "sign-in-failure", accountId: account.id, userName: user.name, knownUser: { arn: user.arn, userId: user.id } };
  return {
    accountId: account.id,
    found: {
      passwordHash: user.passwordHash,
      devices: user.mfaDevices,
      trail: { actor: { kind: "caller", caller } as TrailActor, failedActor, accountAlias: null },
      identity: { kind: "user", accountId: account.id, userId: user.id, name: user.name, arn: user.arn } as const,
    },
  };
}

/** One throttle key per identity, however it is spelled: an alias and its account ID count together. */
async function identityKeyOf(input: SignInInput): Promise<string> {
  if (input.type === "root") return `root/${input.email.trim().toLowerCase()}`;
  const acct = normaliseAccount(input.account);
  const account = await db.account.findFirst({ where: { OR: [{ id: acct }, { alias: acct }] }, select: { id: true } });
  return `iam/${account?.id ?? acct}/${input.userName.trim().toLowerCase()}`;
}

/**
 * `clientAddress` is the caller's real address (lib/net/stamped-address.ts); undefined when the app
 * runs without server.ts, and then every client shares one budget. It is also the ConsoleLogin
 * record's sourceIPAddress; `meta` gives the record the browser's User-Agent.
 */
export async function signIn(
  input: SignInInput,
  clientAddress: string | undefined,
  now = serverNowMs(),
  meta: SignInMeta = {},
  scope: SignInScope = { multi: isMultiSandbox() },
): Promise<SignInOutcome> {
  const clientKey = clientAddress ?? "unknown";
  const identityKey = `${clientKey} ${await identityKeyOf(input)}`;
  const { identity: idThrottle, client: clientThrottle } = signInThrottles;
  const blocked = await Promise.all([idThrottle.isBlocked(identityKey, now), clientThrottle.isBlocked(clientKey, now)]);
  if (blocked.some(Boolean)) return { ok: false, error: "THROTTLED" };
  const { accountId, found } = await findIdentity(input, scope);
  const fail = async (mfaUsed = false): Promise<SignInOutcome> => {
    await Promise.all([idThrottle.recordFailure(identityKey, now), clientThrottle.recordFailure(clientKey, now)]);
    const actor: TrailActor | null = found?.trail.failedActor ?? (accountId ? { kind: "sign-in-failure", accountId } : null);
    if (actor) await recordConsoleLogin({ actor, accountAlias: found?.trail.accountAlias, success: false, mfaUsed }, clientAddress, meta, now);
    return { ok: false, error: "INVALID" };
  };

  // Always spend the hashing time, so an unknown identity can't be told apart by timing.
  const passwordOk = await verifyPassword(input.password, found?.passwordHash);
  if (!found || !found.passwordHash || !passwordOk) return fail();

  const mfa = found.devices.length > 0;
  let mfaDevice: string | undefined;
  if (mfa) {
    if (!input.mfaCode) return { ok: false, error: "MFA_REQUIRED" };
    // A code from any of the identity's devices (AWS allows up to eight), never one already used.
    const code = input.mfaCode.trim();
    const match = found.devices
      .map((device) => ({ device, step: matchTotp(device.secret, code, realTimeMs(now)) }))
      .find(({ device, step }) => step !== null && step > device.lastCounter);
    if (!match) return fail(true);
    // Conditional write: of two concurrent sign-ins with the same code, only one wins.
    const claimed = await db.mfaDevice.updateMany({
      where: { serialNumber: match.device.serialNumber, lastCounter: { lt: match.step as number } },
      data: { lastCounter: match.step as number },
    });
    if (claimed.count === 0) return fail(true);
    mfaDevice = match.device.serialNumber;
  }

  await idThrottle.reset(identityKey);
  if (found.identity.kind === "user") {
    await db.user.update({ where: { id: found.identity.userId }, data: { passwordLastUsed: new Date(now) } });
  }
  if (scope.multi) await touchAccountSandbox(found.identity.accountId, new Date(now));
  const { actor, accountAlias } = found.trail;
  await recordConsoleLogin({ actor, accountAlias, success: true, mfaUsed: mfa, mfaIdentifier: mfaDevice }, clientAddress, meta, now);
  return { ok: true, identity: { ...found.identity, mfa, signedInAt: now } };
}

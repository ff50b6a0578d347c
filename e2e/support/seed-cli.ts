// What the seed-tutorial CLI journeys (e2e/seed-*.spec.ts) share: the sandbox admins' keys, policy
// documents as the tutorials write them, a user with a key of his own, and a session's keys.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { cliOk, type Cli, type CliKeys, type CliRun } from "./cli";
import { totp } from "../../lib/iam/mfa-devices/totp";

export const IDENTITY = "111111111111";
export const WORKLOAD = "222222222222";
export const identityAdmin: CliKeys = { id: "AKIAIDENTITYADMIN001", secret: "identityAdminSecretKey000000000000000001" };
export const workloadAdmin: CliKeys = { id: "AKIAWORKLOADADMIN001", secret: "workloadAdminSecretKey000000000000000001" };

type Run = Cli["run"];

/** A policy document with one statement. */
export function doc(statement: object): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: [statement] });
}

/** A trust policy letting `principal` (e.g. `{ AWS: arn }`, `{ Service: host }`) call `action`. */
export function trust(principal: Record<string, string | string[]>, condition?: object, action: string | string[] = "sts:AssumeRole"): string {
  return doc({ Effect: "Allow", Principal: principal, Action: action, ...(condition ? { Condition: condition } : {}) });
}

/** The CLI's one-line error ("An error occurred (Code) when calling the X operation: message"), after a failed run. */
export async function cliError(run: Promise<CliRun>): Promise<string> {
  const r = await run;
  expect(r.code, r.stdout).not.toBe(0);
  return r.stderr.trim();
}

/** A new user (optionally tagged) with an access key, created by the identity admin. */
export async function userWithKey(aws: Run, url: string, name: string, tags: string[] = []): Promise<CliKeys> {
  await cliOk(aws(url, identityAdmin, ["iam", "create-user", "--user-name", name, ...(tags.length ? ["--tags", ...tags] : [])]));
  const key = (await cliOk(aws(url, identityAdmin, ["iam", "create-access-key", "--user-name", name]))).AccessKey as { AccessKeyId: string; SecretAccessKey: string };
  return { id: key.AccessKeyId, secret: key.SecretAccessKey };
}

/** Deletes a user made by userWithKey, with his keys, inline policies, groups and MFA devices. */
export async function deleteUser(aws: Run, url: string, name: string): Promise<void> {
  const admin = (args: string[]) => cliOk(aws(url, identityAdmin, ["iam", ...args]));
  for (const k of (await admin(["list-access-keys", "--user-name", name])).AccessKeyMetadata as { AccessKeyId: string }[]) {
    await admin(["delete-access-key", "--user-name", name, "--access-key-id", k.AccessKeyId]);
  }
  for (const p of (await admin(["list-user-policies", "--user-name", name])).PolicyNames as string[]) {
    await admin(["delete-user-policy", "--user-name", name, "--policy-name", p]);
  }
  for (const g of (await admin(["list-groups-for-user", "--user-name", name])).Groups as { GroupName: string }[]) {
    await admin(["remove-user-from-group", "--group-name", g.GroupName, "--user-name", name]);
  }
  for (const d of (await admin(["list-mfa-devices", "--user-name", name])).MFADevices as { SerialNumber: string }[]) {
    await admin(["deactivate-mfa-device", "--user-name", name, "--serial-number", d.SerialNumber]);
    await admin(["delete-virtual-mfa-device", "--serial-number", d.SerialNumber]);
  }
  await admin(["delete-user", "--user-name", name]);
}

/** A virtual MFA device made and enabled with the CLI (seed written to a file, as the CLI requires); its secret. */
export async function enableVirtualMfa(aws: Run, url: string, userName: string, deviceName: string): Promise<{ serial: string; secret: string }> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), "mfa-seed-")), "seed.txt");
  const created = await cliOk(
    aws(url, identityAdmin, ["iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", deviceName, "--outfile", outfile, "--bootstrap-method", "Base32StringSeed"]),
  );
  const serial = (created.VirtualMFADevice as { SerialNumber: string }).SerialNumber;
  const secret = readFileSync(outfile, "utf8").trim();
  const now = Date.now();
  await cliOk(
    aws(url, identityAdmin, [
      "iam", "enable-mfa-device", "--user-name", userName, "--serial-number", serial,
      "--authentication-code1", totp(secret, now - 30_000), "--authentication-code2", totp(secret, now),
    ]),
  );
  return { serial, secret };
}

/** The keys of an AssumeRole answer, as the tutorial exports them (AWS_ACCESS_KEY_ID, ...). */
export function sessionKeys(assumed: Record<string, unknown>): CliKeys {
  const c = assumed.Credentials as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
  return { id: c.AccessKeyId, secret: c.SecretAccessKey, token: c.SessionToken };
}

/** Deletes a role with its attached and inline policies (and its instance profiles' links). */
export async function deleteRole(aws: Run, url: string, admin: CliKeys, name: string): Promise<void> {
  const run = (args: string[]) => cliOk(aws(url, admin, ["iam", ...args]));
  for (const p of (await run(["list-attached-role-policies", "--role-name", name])).AttachedPolicies as { PolicyArn: string }[]) {
    await run(["detach-role-policy", "--role-name", name, "--policy-arn", p.PolicyArn]);
  }
  for (const p of (await run(["list-role-policies", "--role-name", name])).PolicyNames as string[]) {
    await run(["delete-role-policy", "--role-name", name, "--policy-name", p]);
  }
  for (const ip of (await run(["list-instance-profiles-for-role", "--role-name", name])).InstanceProfiles as { InstanceProfileName: string }[]) {
    await run(["remove-role-from-instance-profile", "--instance-profile-name", ip.InstanceProfileName, "--role-name", name]);
  }
  await run(["delete-role", "--role-name", name]);
}

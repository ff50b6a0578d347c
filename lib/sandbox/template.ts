// The sandbox template as data (training spec §6): the seed (./seed.ts) writes a SandboxTemplate,
// which is a function of {N, idSeed, clock}. Single mode's template is today's fixed demo values;
// a learner's sandbox N gets accounts ${N}111111 (identity) and ${N}222222 (workload-dev), aliases
// identity-${N} and workload-dev-${N}, entity and organization ids derived from its idSeed, and
// random access keys and passwords (kept in its Sandbox row so a reset reproduces it exactly).
import { createHash, randomBytes } from "node:crypto";
import { stableId, type IdPrefix } from "@/lib/ids";
import { ADMIN_PASSWORD, ALICE_PASSWORD, ORGANIZATION, SANDBOX_ACCOUNTS } from "./constants";
import { SINGLE_SANDBOX } from "./mode";

export interface TemplateAccount {
  id: string;
  alias: string;
  name: string;
  rootEmail: string;
  rootPassword: string;
  admin: { accessKeyId: string; secretAccessKey: string };
}

export interface SandboxTemplate {
  sandboxId: string;
  /** Null for the demo sandbox (its ids are stableId(prefix, arn), as before sandboxes existed). */
  idSeed: string | null;
  organization: { id: string; rootId: string; masterAccountId: string };
  /** The full-access SCP and RCP (their ids are primary keys, so a learner's carry its N). */
  orgPolicyIds: { scp: string; rcp: string };
  accounts: TemplateAccount[];
  adminPassword: string;
  alicePassword: string;
  createdAt: Date;
}

/** What a learner's Sandbox row keeps (Sandbox.credentials) to rebuild its template on a reset. */
export interface StoredSandboxSecrets {
  idSeed: string;
  adminPassword: string;
  alicePassword: string;
  rootPasswords: string[];
  keys: { accessKeyId: string; secretAccessKey: string }[];
  /** bcrypt hashes of [admin, alice, ...roots]: a reset reuses them (four hashes are most of a provision's time). */
  hashes: string[];
}

// Fixed creation time so a reset reproduces the same sandbox, byte for byte.
const SANDBOX_CREATED = new Date("2026-01-15T09:30:00Z");

export function singleTemplate(): SandboxTemplate {
  return {
    sandboxId: SINGLE_SANDBOX,
    idSeed: null,
    organization: { ...ORGANIZATION },
    orgPolicyIds: { scp: "p-FullAWSAccess", rcp: "p-RCPFullAWSAccess" },
    accounts: SANDBOX_ACCOUNTS.map((a) => ({ ...a, admin: { ...a.admin } })),
    adminPassword: ADMIN_PASSWORD,
    alicePassword: ALICE_PASSWORD,
    createdAt: SANDBOX_CREATED,
  };
}

/** The entity id of an ARN in this template: the demo sandbox's are unchanged; a learner's come from its idSeed. */
export function templateId(template: Pick<SandboxTemplate, "idSeed">, prefix: IdPrefix, arn: string): string {
  return stableId(prefix, template.idSeed === null ? arn : `${template.idSeed}\0${arn}`);
}

export const MULTI_ACCOUNT_SUFFIXES = { identity: "111111", workload: "222222" } as const;

/** Account ids of sandbox N: the identity, the workload, then the accounts a lab adds (333333 and up). */
export function sandboxAccountId(n: number, index: number): string {
  return `${n}${String(index + 1).repeat(6)}`;
}

export function sandboxIdOf(n: number): string {
  return `sbx-${n}`;
}

const LOWER36 = "abcdefghijklmnopqrstuvwxyz0123456789";

function seededText(idSeed: string, what: string, length: number): string {
  const digest = createHash("sha256").update(`${idSeed}\0${what}`).digest();
  let out = "";
  for (let i = 0; i < length; i++) out += LOWER36[digest[i] % LOWER36.length];
  return out;
}

/** A sandbox-only password that meets AWS's default password policy (upper, lower, digit, symbol). */
export function randomPassword(): string {
  return `Sbx-${randomBytes(9).toString("base64url")}-7a!`;
}

export async function newSandboxSecrets(
  newKey: () => { accessKeyId: string; secretAccessKey: string },
  hash: (password: string) => Promise<string>,
): Promise<StoredSandboxSecrets> {
  const adminPassword = randomPassword();
  const alicePassword = randomPassword();
  const rootPasswords = [randomPassword(), randomPassword()];
  const hashes = await Promise.all([adminPassword, alicePassword, ...rootPasswords].map(hash));
  return { idSeed: randomBytes(16).toString("hex"), adminPassword, alicePassword, rootPasswords, keys: [newKey(), newKey()], hashes };
}

/** Sandbox N's template: the seed is a function of {N, idSeed, clock} (and its stored random secrets). */
export function multiTemplate(n: number, secrets: StoredSandboxSecrets, createdAt: Date): SandboxTemplate {
  const names = ["identity", "workload-dev"];
  const accounts = names.map((name, i) => ({
    id: sandboxAccountId(n, i),
    alias: `${name}-${n}`,
    name,
    rootEmail: `root@${name}-${n}.example`,
    rootPassword: secrets.rootPasswords[i],
    admin: { ...secrets.keys[i] },
  }));
  return {
    sandboxId: sandboxIdOf(n),
    idSeed: secrets.idSeed,
    organization: { id: `o-${seededText(secrets.idSeed, "org", 10)}`, rootId: `r-${seededText(secrets.idSeed, "root", 4)}`, masterAccountId: accounts[0].id },
    orgPolicyIds: { scp: `p-FullAWSAccess${n}`, rcp: `p-RCPFullAWSAccess${n}` },
    accounts,
    adminPassword: secrets.adminPassword,
    alicePassword: secrets.alicePassword,
    createdAt,
  };
}

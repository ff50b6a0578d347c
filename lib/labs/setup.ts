// Reset + setup, in one server-side operation: the lab's sandbox (the demo sandbox, or in multi mode the
// learner's: lib/sandbox/target.ts) back to its template (resetSandbox: clear and seed in one
// transaction, only that sandbox's rows, its own account ids and keys kept), then the lab's fixtures: extra accounts (inside or outside the
// organization, each with an `admin` user and key), access keys, then setup.calls through the real
// signed wire path (./wire-client.ts), logged with user agent `lab-setup/<lab>`. Returns what a
// placeholder can name (LabContext), which the attempt stores.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { newId, newSecretAccessKey } from "@/lib/ids";
import { resetSandbox } from "@/lib/sandbox/seed";
import { singleTarget, type SandboxTarget } from "@/lib/sandbox/target";
import { templateId } from "@/lib/sandbox/template";
import { samlIdpMetadata, sandboxSamlIdp } from "@/lib/sts/saml-idp";
import { resolveDeep, resolveTemplate, resolveValueTemplate, sandboxAccounts, templateKeys, templatePasswords, type LabContext, type LabKey } from "./placeholders";
import type { LabDefinition, PrincipalRef, WireCall } from "./types";
import { credentialsOf, wireCall, type WireCreds } from "./wire-client";

export class LabSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LabSetupError";
  }
}

let adminHash: Promise<string> | undefined;

/** The admin password's hash: a learner's sandbox keeps its own; the demo's is hashed once a process. */
function adminPasswordHash(target: SandboxTarget): Promise<string> {
  if (target.hashes) return Promise.resolve(target.hashes[0]);
  adminHash ??= hashPassword(target.template.adminPassword);
  return adminHash;
}

/** Extra accounts (in the lab's sandbox): the row, an `admin` user with AdministratorAccess and a key; in the organization, its full-access SCP and RCP. */
async function addAccounts(lab: LabDefinition, ctx: LabContext, target: SandboxTarget): Promise<void> {
  const accounts = lab.setup.accounts ?? [];
  if (accounts.length === 0) return;
  const passwordHash = await adminPasswordHash(target);
  const { template } = target;
  const admin = await db.managedPolicy.findFirstOrThrow({ where: { accountId: null, name: "AdministratorAccess" }, select: { id: true } });
  await db.$transaction(async (tx) => {
    for (const a of accounts) {
      const id = ctx.accounts[a.key];
      // Root e-mails are unique server-wide: a learner's carry the sandbox's N, as its template's do.
      const rootEmail = target.n === null ? `root@${a.key}.example` : `root@${a.key}-${target.n}.example`;
      await tx.account.create({
        data: { id, name: a.name, organizationId: a.inOrganization ? template.organization.id : null, rootEmail, rootPasswordHash: passwordHash, sandboxId: target.sandboxId },
      });
      if (a.inOrganization) {
        await tx.orgPolicyAttachment.createMany({ data: [template.orgPolicyIds.scp, template.orgPolicyIds.rcp].map((policyId) => ({ policyId, targetId: id })) });
      }
      const arn = `arn:aws:iam::${id}:user/admin`;
      const userId = templateId(template, "AIDA", arn);
      await tx.user.create({ data: { id: userId, accountId: id, name: "admin", nameLower: "admin", arn, passwordHash } });
      await tx.policyAttachment.create({ data: { policyId: admin.id, principalType: "user", principalId: userId } });
      const key = { id: newId("AKIA"), secret: newSecretAccessKey() };
      await tx.accessKey.create({ data: { id: key.id, secretAccessKey: key.secret, accountId: id, userId } });
      ctx.keys[`${a.key}-admin`] = { ...key, user: "admin", account: a.key };
    }
  });
}

/** A new access key for a user (or the root when `user` is undefined), straight in the store. */
async function createKey(ctx: LabContext, account: string, user: string | undefined): Promise<LabKey> {
  const accountId = ctx.accounts[account];
  const row = user ? await db.user.findFirst({ where: { accountId, nameLower: user.toLowerCase() }, select: { id: true } }) : null;
  if (user && !row) throw new LabSetupError(`no user ${user} in account ${account} for an access key`);
  const key = { id: newId("AKIA"), secret: newSecretAccessKey() };
  await db.accessKey.create({ data: { id: key.id, secretAccessKey: key.secret, accountId, userId: row?.id ?? null } });
  return { ...key, user: user ?? "root", account };
}

/** The credentials a call `as` a principal signs with; a user or root without a key gets one. */
export async function credentialsFor(ref: PrincipalRef, ctx: LabContext): Promise<WireCreds> {
  if ("session" in ref) {
    const saved = ctx.sessions?.[ref.session];
    if (!saved) throw new LabSetupError(`no saved session "${ref.session}"`);
    return saved;
  }
  if ("service" in ref) throw new LabSetupError(`a service principal (${ref.service}) cannot sign a call; use serviceAssume`);
  const account = "root" in ref ? ref.root : (ref.account ?? "identity");
  const user = "root" in ref ? "root" : ref.user;
  let key = Object.values(ctx.keys).find((k) => k.account === account && k.user === user);
  if (!key) {
    key = await createKey(ctx, account, "root" in ref ? undefined : ref.user);
    ctx.keys[`${account}-${user}`] = key;
  }
  return { accessKeyId: key.id, secretAccessKey: key.secret };
}

/** One WireCall (setup's or an actor's): placeholders resolved, signed as its principal, through the wire core. */
export async function runWireCall(call: WireCall, ctx: LabContext, userAgent: string) {
  const creds = await credentialsFor(call.as, ctx);
  const params = resolveDeep(call.params ?? {}, ctx);
  const answer = await wireCall(creds, call.service, { Action: call.action, ...params }, userAgent);
  if (answer.ok && call.saveSessionAs) {
    const saved = credentialsOf(answer.body);
    if (!saved) throw new LabSetupError(`${call.action} returned no credentials to save as "${call.saveSessionAs}"`);
    ctx.sessions = { ...ctx.sessions, [call.saveSessionAs]: saved };
  }
  return answer;
}

export function labContext(lab: LabDefinition, target: SandboxTarget = singleTarget()): LabContext {
  const ctx: LabContext = {
    accounts: sandboxAccounts(target, (lab.setup.accounts ?? []).map((a) => a.key)),
    keys: templateKeys(target),
    values: {},
    sessions: {},
    passwords: templatePasswords(target),
  };
  for (const [name, text] of Object.entries(lab.setup.values ?? {})) {
    ctx.values[name] = resolveValueTemplate(text, ctx, () => randomBytes(8).toString("hex"));
  }
  return ctx;
}

/** Applies the lab's setup on a freshly reset sandbox. */
export async function applySetup(lab: LabDefinition, target: SandboxTarget = singleTarget()): Promise<LabContext> {
  const ctx = labContext(lab, target);
  // The IdP's key lives in the data directory: read (or made) only for the labs that hand out its metadata.
  if (JSON.stringify(lab).includes("{{saml.metadata}}")) ctx.samlMetadata = samlIdpMetadata(await sandboxSamlIdp());
  await addAccounts(lab, ctx, target);
  // A key is made as soon as its user exists: before the calls for the template's users, right after
  // the call that creates a user setup adds (L10's ci-bot), so that later calls sign with that key.
  const pending = [...(lab.setup.accessKeys ?? [])];
  const makeReadyKeys = async () => {
    for (const k of [...pending]) {
      const account = k.account ?? "identity";
      const user = resolveTemplate(k.user, ctx);
      const exists = await db.user.findFirst({ where: { accountId: ctx.accounts[account], nameLower: user.toLowerCase() }, select: { id: true } });
      if (!exists) continue;
      ctx.keys[k.name] = await createKey(ctx, account, user);
      pending.splice(pending.indexOf(k), 1);
    }
  };
  await makeReadyKeys();
  for (const [i, call] of (lab.setup.calls ?? []).entries()) {
    const answer = await runWireCall(call, ctx, `lab-setup/${lab.id}`);
    if (!answer.ok) throw new LabSetupError(`lab ${lab.id}: setup.calls[${i}] ${call.action} failed: ${answer.error?.code}: ${answer.error?.message}`);
    if (pending.length > 0) await makeReadyKeys();
  }
  if (pending.length > 0) throw new LabSetupError(`lab ${lab.id}: no user ${pending[0].user} for the access key "${pending[0].name}"`);
  return ctx;
}

/** Reset the lab's sandbox (and only it) to its template, then apply the lab's setup. */
export async function resetForLab(lab: LabDefinition, target: SandboxTarget = singleTarget()): Promise<LabContext> {
  await resetSandbox(db, target.template, target.hashes);
  return applySetup(lab, target);
}

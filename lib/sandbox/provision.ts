// Learners' sandboxes (training spec §6, SANDBOX_MODE=multi): "Start a new sandbox" instantiates the
// template (./template.ts) for a fresh N, in one transaction with its Sandbox row; limits are 3 a
// learner and 500 a server, and a sandbox idle for 14 days is deleted by the hourly prune (server.ts).
import { randomInt } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { hashGeneratedPassword } from "@/lib/auth/password";
import { newId, newSecretAccessKey } from "@/lib/ids";
import { clearScopedSandbox } from "./clear-scoped";
import { resetSandbox, seedInputs, writeSandbox } from "./seed";
import { multiTemplate, newSandboxSecrets, sandboxIdOf, type SandboxTemplate, type StoredSandboxSecrets } from "./template";
import { serverNow } from "@/lib/server-now";

export const SANDBOXES_PER_LEARNER = 3;
export const SANDBOXES_PER_SERVER = 500;
export const SANDBOX_IDLE_DAYS = 14;
const DAY_MS = 24 * 3600 * 1000;

/** A limit or a missing sandbox: the message is the learner's to read (the API answers 409/404 with it). */
export class SandboxError extends Error {
  constructor(
    readonly code: "LearnerLimit" | "ServerLimit" | "NotFound" | "NoFreeNumber",
    message: string,
  ) {
    super(message);
    this.name = "SandboxError";
  }
}

export interface SandboxCredentials {
  id: string;
  n: number;
  createdAt: string;
  lastUsedAt: string;
  accounts: { key: "identity" | "workload"; id: string; alias: string; name: string; rootEmail: string; rootPassword: string }[];
  users: { account: string; name: string; password: string }[];
  accessKeys: { account: string; user: string; accessKeyId: string; secretAccessKey: string }[];
}

interface SandboxRow {
  id: string;
  n: number;
  learnerId: string;
  createdAt: Date;
  lastUsedAt: Date;
  credentials: string;
}

export function secretsOf(row: Pick<SandboxRow, "credentials">): StoredSandboxSecrets {
  return JSON.parse(row.credentials) as StoredSandboxSecrets;
}

export function templateOf(row: SandboxRow): SandboxTemplate {
  return multiTemplate(row.n, secretsOf(row), row.createdAt);
}

/** What the Credentials card and `npm run sandbox:new` show: accounts, users, passwords, keys. */
export function sandboxCredentials(row: SandboxRow): SandboxCredentials {
  const t = templateOf(row);
  const [identity, workload] = t.accounts;
  return {
    id: row.id,
    n: row.n,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt.toISOString(),
    accounts: t.accounts.map((a, i) => ({ key: i === 0 ? "identity" : "workload", id: a.id, alias: a.alias, name: a.name, rootEmail: a.rootEmail, rootPassword: a.rootPassword })),
    users: [
      { account: identity.id, name: "admin", password: t.adminPassword },
      { account: identity.id, name: "alice", password: t.alicePassword },
      { account: workload.id, name: "admin", password: t.adminPassword },
    ],
    accessKeys: t.accounts.map((a) => ({ account: a.id, user: "admin", ...a.admin })),
  };
}

// 111111, 222222, …: sandbox N's accounts would be the demo sandbox's 111111111111 and 222222222222.
function isRepdigit(n: number): boolean {
  return /^(\d)\1{5}$/.test(String(n));
}

async function freeNumber(db: Tx, draw: () => number = () => randomInt(100000, 1000000)): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const n = draw();
    if (isRepdigit(n)) continue;
    // Account aliases are global (as in AWS): a learner may already have taken identity-${n} for an account of theirs.
    const [sandbox, alias] = await Promise.all([
      db.sandbox.findUnique({ where: { n }, select: { id: true } }),
      db.account.findFirst({ where: { OR: [{ alias: { in: [`identity-${n}`, `workload-dev-${n}`] } }, { id: { startsWith: String(n) } }] }, select: { id: true } }),
    ]);
    if (!sandbox && !alias) return n;
  }
  throw new SandboxError("NoFreeNumber", "No free sandbox number was found. Try again.");
}

async function checkLimits(db: Tx, learnerId: string): Promise<void> {
  const [mine, all] = await Promise.all([db.sandbox.count({ where: { learnerId } }), db.sandbox.count()]);
  if (mine >= SANDBOXES_PER_LEARNER) {
    throw new SandboxError("LearnerLimit", `You already have ${SANDBOXES_PER_LEARNER} sandboxes, the most a learner can have. Delete one before you start another.`);
  }
  if (all >= SANDBOXES_PER_SERVER) {
    throw new SandboxError("ServerLimit", `This server already holds ${SANDBOXES_PER_SERVER} sandboxes, its limit. Ask your instructor to delete unused ones.`);
  }
}

/** A classroom script's sandbox (./classroom.ts): the learner's name and its join code's columns. */
export interface SandboxExtras {
  learnerName?: string;
  joinCodeHash?: string;
  joinCodeExpiresAt?: Date;
}

/**
 * A new sandbox for the learner: a fresh N, random passwords and keys, the template seeded, all in one
 * transaction with the limits checked inside it. The bcrypt hashes are worked out before it begins.
 */
export async function provisionSandbox(
  db: PrismaClient,
  learnerId: string,
  now: Date = serverNow(),
  draw?: () => number,
  extra: SandboxExtras = {},
): Promise<SandboxCredentials> {
  await checkLimits(db, learnerId);
  const secrets = await newSandboxSecrets(() => ({ accessKeyId: newId("AKIA"), secretAccessKey: newSecretAccessKey() }), hashGeneratedPassword);
  const created = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const probe = multiTemplate(0, secrets, created);
  const inputs = await seedInputs(db, probe, secrets.hashes);
  const row = await db.$transaction(
    async (tx) => {
      await checkLimits(tx, learnerId);
      const n = await freeNumber(tx, draw);
      const sandbox = await tx.sandbox.create({
        data: { id: sandboxIdOf(n), n, learnerId, createdAt: created, lastUsedAt: created, credentials: JSON.stringify(secrets), ...extra },
      });
      await writeSandbox(tx, multiTemplate(n, secrets, created), inputs);
      return sandbox;
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
  return sandboxCredentials(row);
}

export async function learnerSandboxes(db: PrismaClient, learnerId: string): Promise<SandboxCredentials[]> {
  const rows = await db.sandbox.findMany({ where: { learnerId }, orderBy: { createdAt: "asc" } });
  return rows.map(sandboxCredentials);
}

/** The learner's own sandbox, or NotFound (another learner's sandbox is answered exactly as a missing one). */
export async function ownedSandbox(db: PrismaClient | Tx, learnerId: string, sandboxId: string): Promise<SandboxRow> {
  const row = await db.sandbox.findUnique({ where: { id: sandboxId } });
  if (!row || row.learnerId !== learnerId) throw new SandboxError("NotFound", `No sandbox ${sandboxId} is yours.`);
  return row;
}

/** Back to the template (the same N, ids, keys and passwords), only this sandbox. */
export async function resetLearnerSandbox(db: PrismaClient, sandboxId: string): Promise<void> {
  const row = await db.sandbox.findUnique({ where: { id: sandboxId } });
  if (!row) throw new SandboxError("NotFound", `No sandbox ${sandboxId}.`);
  await resetSandbox(db, templateOf(row), secretsOf(row).hashes);
}

/** The sandbox, its entities and its accounts' activity and trail, in one transaction. */
export async function deleteSandbox(db: PrismaClient, sandboxId: string): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const accountId = { in: (await tx.account.findMany({ where: { sandboxId }, select: { id: true } })).map((a) => a.id) };
      await clearScopedSandbox(tx, sandboxId);
      await tx.trailEventKey.deleteMany({ where: { accountId } });
      await tx.trailEvent.deleteMany({ where: { accountId } });
      await tx.accountProperty.deleteMany({ where: { accountId } });
      await tx.outboundFederation.deleteMany({ where: { accountId } });
      await tx.roleFromTemplate.deleteMany({ where: { accountId } });
      await tx.sandbox.deleteMany({ where: { id: sandboxId } });
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

/** Deletes the sandboxes idle for 14 days (the hourly prune beside the trail's, server.ts); returns how many. */
export async function pruneIdleSandboxes(db: PrismaClient, now: Date = serverNow()): Promise<number> {
  const idle = await db.sandbox.findMany({ where: { lastUsedAt: { lt: new Date(now.getTime() - SANDBOX_IDLE_DAYS * DAY_MS) } }, select: { id: true } });
  for (const { id } of idle) await deleteSandbox(db, id);
  return idle.length;
}


const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** SANDBOX_MODE=multi: prunes idle sandboxes now and every hour, beside the trail's retention (server.ts). */
export function startSandboxPrune(db: PrismaClient, log: (message: string, error: unknown) => void = console.error): () => void {
  const run = () => void pruneIdleSandboxes(db).catch((e: unknown) => log("Idle sandbox prune failed:", e));
  run();
  const timer = setInterval(run, PRUNE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

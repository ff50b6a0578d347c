// One-time join codes (training spec §6, classroom scripts): a sandbox a script or the instructor made
// has no browser owner yet, so it carries a code; the browser that redeems it becomes the owner (its
// lab_learner id) and the code stops working. 16 Crockford base32 characters from the CSPRNG (80 bits):
// a plain SHA-256 is enough to keep it at rest (no dictionary to try against a random secret), and it
// lets the store find the sandbox by the hash alone. Redeeming is one conditional update, so of two
// browsers racing with the same code exactly one wins.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { serverNow } from "@/lib/server-now";
import { SandboxError, SANDBOXES_PER_LEARNER, sandboxCredentials, type SandboxCredentials } from "./provision";

export const JOIN_CODE_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;
/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand stays unambiguous. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 16;

export interface JoinCode {
  /** Shown once (script output, the instructor's dialog); only its hash is stored. */
  code: string;
  expiresAt: string;
}

/** A fresh code, grouped XXXX-XXXX-XXXX-XXXX for reading. */
export function newJoinCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join("-");
}

/** The code as typed (any case, spaces or dashes, O for 0, I or L for 1), or null when it cannot be one. */
export function normaliseJoinCode(text: unknown): string | null {
  if (typeof text !== "string" || text.length > 64) return null;
  const code = text.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!ALPHABET.includes(c)) return null;
  return code;
}

/** What the store keeps of a (normalised) code. */
export function joinCodeHash(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

/** A new code for a sandbox row: the code to show once, and the columns to store. */
export function joinCodeColumns(now: Date = serverNow()): { code: JoinCode; columns: { joinCodeHash: string; joinCodeExpiresAt: Date } } {
  const code = newJoinCode();
  const expiresAt = new Date(now.getTime() + JOIN_CODE_DAYS * DAY_MS);
  return { code: { code, expiresAt: expiresAt.toISOString() }, columns: { joinCodeHash: joinCodeHash(normaliseJoinCode(code)!), joinCodeExpiresAt: expiresAt } };
}

/** A new code for the sandbox (the instructor's "Issue a join code"): any earlier one stops working. */
export async function issueJoinCode(db: PrismaClient, sandboxId: string, now: Date = serverNow()): Promise<JoinCode> {
  const { code, columns } = joinCodeColumns(now);
  const { count } = await db.sandbox.updateMany({ where: { id: sandboxId }, data: columns });
  if (count === 0) throw new SandboxError("NotFound", `No sandbox ${sandboxId}.`);
  return code;
}

/**
 * The sandbox the code opens, now owned by `learnerId`, or null for a wrong, expired or used code (one
 * answer for all three). The learner's limit of 3 still holds: a valid code with 3 sandboxes already is
 * refused with LearnerLimit, and the code stays usable once one is deleted.
 */
export async function redeemJoinCode(db: PrismaClient, text: unknown, learnerId: string, now: Date = serverNow()): Promise<SandboxCredentials | null> {
  const code = normaliseJoinCode(text);
  if (!code) return null;
  const hash = joinCodeHash(code);
  return db.$transaction(async (tx) => {
    const row = await tx.sandbox.findUnique({ where: { joinCodeHash: hash } });
    if (!row || !row.joinCodeExpiresAt || row.joinCodeExpiresAt.getTime() <= now.getTime()) return null;
    if (row.learnerId !== learnerId && (await tx.sandbox.count({ where: { learnerId } })) >= SANDBOXES_PER_LEARNER) {
      throw new SandboxError("LearnerLimit", `You already have ${SANDBOXES_PER_LEARNER} sandboxes, the most a learner can have. Delete one before you join another.`);
    }
    // Conditional on the hash still being there: a concurrent redemption that won makes this one a miss.
    const { count } = await tx.sandbox.updateMany({
      where: { id: row.id, joinCodeHash: hash },
      data: { learnerId, joinCodeHash: null, joinCodeExpiresAt: null, lastUsedAt: now },
    });
    if (count === 0) return null;
    return sandboxCredentials({ ...row, learnerId, lastUsedAt: now });
  });
}

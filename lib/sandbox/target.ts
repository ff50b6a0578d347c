// The sandbox a guided lab resets and runs in (lib/labs/): the demo sandbox in single mode, the
// learner's sbx-N in multi mode. A reset rebuilds its template (the same account ids, keys and
// passwords) and the lab adds its accounts after the template's: 333333333333, 444444444444… in the
// demo sandbox, ${N}333333, ${N}444444… in sandbox N (training spec §6).
import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { SINGLE_SANDBOX } from "./mode";
import { SandboxError, secretsOf, templateOf } from "./provision";
import { sandboxAccountId, singleTemplate, type SandboxTemplate } from "./template";

export interface SandboxTarget {
  sandboxId: string;
  /** N of a learner's sandbox; null for the demo sandbox. */
  n: number | null;
  template: SandboxTemplate;
  /** bcrypt hashes of [admin, alice, ...roots] a learner's sandbox keeps; undefined for the demo's (hashed once a process). */
  hashes?: string[];
}

export function singleTarget(): SandboxTarget {
  return { sandboxId: SINGLE_SANDBOX, n: null, template: singleTemplate() };
}

/** The target of a sandbox id; a missing learner sandbox is NotFound. */
export async function sandboxTarget(db: PrismaClient | Tx, sandboxId: string): Promise<SandboxTarget> {
  if (sandboxId === SINGLE_SANDBOX) return singleTarget();
  const row = await db.sandbox.findUnique({ where: { id: sandboxId } });
  if (!row) throw new SandboxError("NotFound", `No sandbox ${sandboxId}.`);
  return { sandboxId, n: row.n, template: templateOf(row), hashes: secretsOf(row).hashes };
}

/** The id of the account a lab adds at `index` (0 is the first it adds), after the template's two. */
export function addedAccountId(target: Pick<SandboxTarget, "n">, index: number): string {
  return target.n === null ? String(index + 3).repeat(12) : sandboxAccountId(target.n, index + 2);
}

// The instructor's view of a training server (training spec §6 "Instructor view"): every learner's
// sandbox with its accounts, when it was made and last used, whether its join code is still waiting,
// and the learner's lab progress in it (distinct labs started and finished, from LabAttempt). No
// passwords or keys: the instructor manages sandboxes, the Credentials card is the learner's.
import type { PrismaClient } from "@/generated/prisma/client";
import { isUnclaimed } from "./classroom";
import { templateOf } from "./provision";

export interface RosterEntry {
  id: string;
  n: number;
  /** The script's name for the learner; null when a browser started the sandbox. */
  learnerName: string | null;
  /** False until a browser redeems the join code of a script's sandbox. */
  claimed: boolean;
  /** When the pending join code stops working (null: none pending). */
  joinCodeExpiresAt: string | null;
  accounts: { id: string; alias: string }[];
  createdAt: string;
  lastUsedAt: string;
  labs: { started: number; finished: number; lastActivityAt: string | null };
}

/** Every sandbox on the server, newest first. */
export async function sandboxRoster(db: PrismaClient): Promise<RosterEntry[]> {
  const rows = await db.sandbox.findMany({ orderBy: [{ createdAt: "desc" }, { n: "asc" }] });
  const attempts = rows.length
    ? await db.labAttempt.findMany({ where: { sandboxId: { in: rows.map((r) => r.id) } }, select: { sandboxId: true, labId: true, finishedAt: true, updatedAt: true } })
    : [];
  const progress = new Map<string, { started: Set<string>; finished: Set<string>; last: number }>();
  for (const a of attempts) {
    let p = progress.get(a.sandboxId);
    if (!p) progress.set(a.sandboxId, (p = { started: new Set(), finished: new Set(), last: 0 }));
    p.started.add(a.labId);
    if (a.finishedAt) p.finished.add(a.labId);
    p.last = Math.max(p.last, a.updatedAt.getTime());
  }
  return rows.map((row) => {
    const p = progress.get(row.id);
    return {
      id: row.id,
      n: row.n,
      learnerName: row.learnerName,
      claimed: !isUnclaimed(row.learnerId),
      joinCodeExpiresAt: row.joinCodeExpiresAt?.toISOString() ?? null,
      accounts: templateOf(row).accounts.map((a) => ({ id: a.id, alias: a.alias })),
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: row.lastUsedAt.toISOString(),
      labs: { started: p?.started.size ?? 0, finished: p?.finished.size ?? 0, lastActivityAt: p ? new Date(p.last).toISOString() : null },
    };
  });
}

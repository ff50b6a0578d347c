// The repositories' store on the sandbox's database (SQLite, or PostgreSQL with TEST_DATABASE_URL):
// statements written once run on both, and the group commit's promises (what the wire awaits before
// answering) resolve only once their batch is committed, a bad row failing alone.
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import type { Store } from "./sql";

let sb: Sandbox;
let s: Store;
let sql: typeof import("./sql");
let activity: typeof import("./activity");

beforeAll(async () => {
  sb = await openSandbox();
  sql = await import("./sql");
  activity = await import("./activity");
  s = sql.store();
}, 60_000);

const insertEvent = (requestId: string, accountId: string | null = "111111111111") =>
  s.insert(activity.activityEvents.insertQuery("activity_insert"), [
    new Date(), accountId, "arn:aws:iam::111111111111:user/admin", "sts:GetCallerIdentity", "", "Success", null, null, null, null, requestId, "api",
  ]);

describe("store", () => {
  it("reads what Prisma wrote (placeholders out of order too), and Prisma reads what it inserted", async () => {
    const q = sql.query("test_user_by_arn", `SELECT "name" FROM "User" WHERE "accountId" = $2 AND "arn" = $1`);
    expect(await s.get(q, [sb.admin.arn, "111111111111"])).toEqual({ name: "admin" });
    await insertEvent("direct-1");
    expect(await sb.db.activityEvent.count({ where: { requestId: "direct-1" } })).toBe(1);
  });

  it("commits inserts queued in one turn together; the first promise to resolve finds all of them committed", async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `group-${i}`);
    const inserts = ids.map((id) => insertEvent(id));
    await Promise.race(inserts);
    expect(await sb.db.activityEvent.count({ where: { requestId: { startsWith: "group-" } } })).toBe(50);
    await Promise.all(inserts);
  });

  it("a bad row fails alone; the rest of its batch still commits", async () => {
    const good = insertEvent("batch-good");
    const bad = insertEvent("batch-bad", null);
    const after = insertEvent("batch-after");
    await expect(bad).rejects.toThrow(/NOT NULL|not-null/);
    await Promise.all([good, after]);
    expect(await sb.db.activityEvent.count({ where: { requestId: { in: ["batch-good", "batch-bad", "batch-after"] } } })).toBe(2);
  });

  it("waits without blocking while a Prisma transaction writes, then commits", async () => {
    let inserted: Promise<void> | undefined;
    await sb.db.$transaction(async (tx) => {
      await tx.activityEvent.create({ data: { time: new Date(), accountId: "111111111111", principalArn: "p", action: "a", result: "Success", requestId: "tx-first", source: "api" } });
      // On SQLite the lock is held across this await: the insert must not stall the event loop.
      inserted = insertEvent("tx-second");
      await new Promise((r) => setTimeout(r, 30));
      if (s.dialect === "sqlite") expect(await tx.activityEvent.count({ where: { requestId: "tx-second" } })).toBe(0);
    });
    await inserted;
    expect(await sb.db.activityEvent.count({ where: { requestId: { in: ["tx-first", "tx-second"] } } })).toBe(2);
  });

  it("flush commits what is queued", async () => {
    const p = insertEvent("flushed");
    await sql.flushPendingWrites();
    expect(await sb.db.activityEvent.count({ where: { requestId: "flushed" } })).toBe(1);
    await p;
  });
});

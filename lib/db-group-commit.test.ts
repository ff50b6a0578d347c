import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let direct: typeof import("./db-direct") & typeof import("./db-group-commit");

beforeAll(async () => {
  sb = await openSandbox();
  direct = { ...(await import("./db-direct")), ...(await import("./db-group-commit")) };
}, 60_000);

const event = (requestId: string, accountId = "111111111111") => ({
  time: new Date().toISOString().replace("Z", "+00:00"),
  accountId,
  principalArn: `arn:aws:iam::${accountId}:user/admin`,
  action: "sts:GetCallerIdentity",
  resource: "",
  result: "Success",
  requestId,
  source: "api",
});

describe("direct statements and group commit", () => {
  it("reads what Prisma wrote, and Prisma reads what it inserted", async () => {
    const viaDirect = direct.directGet<{ name: string }>("SELECT name FROM User WHERE arn = ?", sb.admin.arn);
    expect(viaDirect?.name).toBe("admin");
    await direct.directInsert("ActivityEvent", event("direct-1"));
    expect(await sb.db.activityEvent.count({ where: { requestId: "direct-1" } })).toBe(1);
  });

  it("commits inserts queued in one turn together, each promise resolving after the commit", async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `group-${i}`);
    await Promise.all(ids.map((id) => direct.directInsert("ActivityEvent", event(id))));
    expect(await sb.db.activityEvent.count({ where: { requestId: { startsWith: "group-" } } })).toBe(50);
  });

  it("a bad row fails alone; the rest of its batch still commits", async () => {
    const good = direct.directInsert("ActivityEvent", event("batch-good"));
    const bad = direct.directInsert("ActivityEvent", { ...event("batch-bad"), accountId: null });
    await expect(bad).rejects.toThrow(/NOT NULL/);
    await good;
    expect(await sb.db.activityEvent.count({ where: { requestId: { in: ["batch-good", "batch-bad"] } } })).toBe(1);
  });

  it("waits without blocking while a Prisma transaction holds the write lock, then commits", async () => {
    let inserted: Promise<void> | undefined;
    await sb.db.$transaction(async (tx) => {
      await tx.activityEvent.create({ data: { ...event("tx-first"), time: new Date() } });
      // The lock is held across this await: the direct insert must not stall the event loop.
      inserted = direct.directInsert("ActivityEvent", event("tx-second"));
      await new Promise((r) => setTimeout(r, 30));
      const seen = await tx.activityEvent.count({ where: { requestId: "tx-second" } });
      expect(seen).toBe(0);
    });
    await inserted;
    expect(await sb.db.activityEvent.count({ where: { requestId: { in: ["tx-first", "tx-second"] } } })).toBe(2);
  });
});

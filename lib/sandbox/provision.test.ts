// Learners' sandboxes (training spec §6): disjoint ids, aliases and keys; limits; a reset or a
// deletion of one sandbox leaves the demo sandbox and the other learners' sandboxes untouched.
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import { SANDBOXES_PER_LEARNER, deleteSandbox, learnerSandboxes, provisionSandbox, pruneIdleSandboxes, resetLearnerSandbox } from "./provision";
import { resetSandbox } from "./seed";

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox();
});

async function snapshot(sandboxId: string) {
  const accounts = await sb.db.account.findMany({ where: { sandboxId }, orderBy: { id: "asc" } });
  const ids = accounts.map((a) => a.id);
  const [users, roles, keys, groups] = await Promise.all([
    sb.db.user.findMany({ where: { accountId: { in: ids } }, orderBy: { arn: "asc" }, select: { id: true, arn: true } }),
    sb.db.role.findMany({ where: { accountId: { in: ids } }, orderBy: { arn: "asc" }, select: { id: true, arn: true } }),
    sb.db.accessKey.findMany({ where: { accountId: { in: ids } }, orderBy: { id: "asc" }, select: { id: true } }),
    sb.db.group.findMany({ where: { accountId: { in: ids } }, select: { id: true } }),
  ]);
  return { accounts: accounts.map((a) => [a.id, a.alias, a.rootEmail, a.organizationId]), users, roles, keys, groups };
}

describe("provisionSandbox", () => {
  it("makes the template for a fresh N: ${N}111111 and ${N}222222, identity-${N}, its own ids and keys", async () => {
    const a = await provisionSandbox(sb.db, "learner-a-0000000000000000");
    const b = await provisionSandbox(sb.db, "learner-b-0000000000000000");
    expect(a.n).toBeGreaterThanOrEqual(100000);
    expect(a.n).toBeLessThanOrEqual(999999);
    expect(a.accounts.map((x) => [x.id, x.alias])).toEqual([
      [`${a.n}111111`, `identity-${a.n}`],
      [`${a.n}222222`, `workload-dev-${a.n}`],
    ]);
    expect(a.accessKeys[0].accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    const [sa, sbb, single] = await Promise.all([snapshot(a.id), snapshot(b.id), snapshot("single")]);
    expect(sa.users.map((u) => u.arn)).toEqual([`arn:aws:iam::${a.n}111111:user/admin`, `arn:aws:iam::${a.n}111111:user/alice`, `arn:aws:iam::${a.n}222222:user/admin`].sort());
    // Disjoint: no id, alias, key or organization is shared by two sandboxes.
    for (const field of ["users", "roles", "keys", "groups"] as const) {
      const all = [sa, sbb, single].flatMap((s) => s[field].map((r) => r.id));
      expect(new Set(all).size, field).toBe(all.length);
    }
    const accountValues = [sa, sbb, single].flatMap((s) => s.accounts.flat());
    expect(new Set(accountValues.filter((v) => !String(v).startsWith("o-"))).size).toBe(accountValues.filter((v) => !String(v).startsWith("o-")).length);
    expect(new Set([sa, sbb, single].map((s) => s.accounts[0][3])).size).toBe(3);
    expect(a.users.map((u) => u.password)).not.toContain("Sandbox-Admin-1!");
    expect(a.users[0].password).not.toBe(b.users[0].password);
  });

  it("skips an N whose alias a learner already took for an account of theirs (aliases are global)", async () => {
    const a = await provisionSandbox(sb.db, "learner-alias-a-0000000000000");
    const taken = a.n === 500001 ? 500002 : 500001;
    await sb.db.account.update({ where: { id: `${a.n}111111` }, data: { alias: `identity-${taken}` } });
    const draws = [taken, 500003];
    const b = await provisionSandbox(sb.db, "learner-alias-b-0000000000000", new Date(), () => draws.shift() ?? 500004);
    expect(b.n).toBe(500003);
  });

  it("refuses a learner's fourth sandbox with a clear error", async () => {
    const learner = "learner-limit-00000000000000";
    for (let i = 0; i < SANDBOXES_PER_LEARNER; i++) await provisionSandbox(sb.db, learner);
    await expect(provisionSandbox(sb.db, learner)).rejects.toThrow(/already have 3 sandboxes/);
    expect(await learnerSandboxes(sb.db, learner)).toHaveLength(3);
  });

  it("resets one sandbox to its template without touching the others", async () => {
    const a = await provisionSandbox(sb.db, "learner-reset-a-0000000000000");
    const b = await provisionSandbox(sb.db, "learner-reset-b-0000000000000");
    const beforeA = await snapshot(a.id);
    const beforeSingle = await snapshot("single");
    await sb.db.user.create({ data: { id: "AIDAEXTRAUSERINA00001", accountId: `${a.n}111111`, name: "extra", nameLower: "extra", arn: `arn:aws:iam::${a.n}111111:user/extra` } });
    await sb.db.user.create({ data: { id: "AIDAEXTRAUSERINB00001", accountId: `${b.n}111111`, name: "extra", nameLower: "extra", arn: `arn:aws:iam::${b.n}111111:user/extra` } });
    await resetLearnerSandbox(sb.db, a.id);
    expect(await snapshot(a.id)).toEqual(beforeA);
    expect(await sb.db.user.count({ where: { arn: `arn:aws:iam::${b.n}111111:user/extra` } })).toBe(1);
    // The demo sandbox's reset (sandbox:reset, a single-mode lab reset) no longer wipes learners' sandboxes.
    await resetSandbox(sb.db);
    expect(await snapshot("single")).toEqual(beforeSingle);
    expect(await snapshot(a.id)).toEqual(beforeA);
    expect(await sb.db.user.count({ where: { arn: `arn:aws:iam::${b.n}111111:user/extra` } })).toBe(1);
  });

  it("deletes a sandbox idle for 14 days, and only that one", async () => {
    const old = await provisionSandbox(sb.db, "learner-idle-000000000000000", new Date(Date.now() - 15 * 24 * 3600 * 1000));
    const fresh = await provisionSandbox(sb.db, "learner-idle-000000000000000");
    expect(await pruneIdleSandboxes(sb.db)).toBe(1);
    expect(await sb.db.account.count({ where: { sandboxId: old.id } })).toBe(0);
    expect(await sb.db.accessKey.count({ where: { id: old.accessKeys[0].accessKeyId } })).toBe(0);
    expect(await sb.db.account.count({ where: { sandboxId: fresh.id } })).toBe(2);
    await deleteSandbox(sb.db, fresh.id);
    expect(await sb.db.sandbox.count({ where: { id: fresh.id } })).toBe(0);
    expect((await snapshot("single")).accounts).toHaveLength(2);
  });
});

// Labs on a training server (SANDBOX_MODE=multi, training spec §5/§6): two learners run a lab at the
// same time, each in their own sandbox. Start and Reset rebuild only the learner's sandbox (its own
// account ids, keys and passwords, the lab's vendor account as ${N}333333); the panel names that
// sandbox's accounts, keys and passwords; actors act there; checks read that sandbox's events and
// sessions only; progress is per learner and sandbox; the demo sandbox is never touched (a marker
// user there must survive, and it must never receive a lab's role). Then two labs' CI self-tests
// (CLI, console switch-role, answers) pass side by side in the two learners' sandboxes.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN_111, startHarness, type Harness } from "@/lib/wire/testing";
import type { SandboxCredentials } from "@/lib/sandbox/provision";
import type { LabSeat, LabService, LabView } from "./types";

vi.mock("server-only", () => ({}));

let h: Harness;
let service: LabService;
let wire: typeof import("./wire-client");
let a: SandboxCredentials;
let b: SandboxCredentials;
let seatA: LabSeat;
let seatB: LabSeat;
let demoBefore: Awaited<ReturnType<typeof demoState>>;

const LAB = "external-id-confused-deputy";
const ROLE = "MonitorCoRole";
const stateOf = (view: LabView) => Object.fromEntries(view.steps.flatMap((s) => s.checks.map((c) => [c.id, c.state])));
const accountsOf = (s: SandboxCredentials) => [...s.accounts.map((x) => x.id), `${s.n}333333`];
const adminKey = (s: SandboxCredentials) => ({ accessKeyId: s.accessKeys[0].accessKeyId, secretAccessKey: s.accessKeys[0].secretAccessKey });

/** Everything of the demo sandbox a lab could change, its trail and sessions included. */
async function demoState() {
  const accounts = await h.db.account.findMany({ where: { sandboxId: "single" }, orderBy: { id: "asc" }, select: { id: true, rootEmail: true, organizationId: true } });
  const accountId = { in: accounts.map((x) => x.id) };
  const [users, roles, keys, policies, trail, sessions] = await Promise.all([
    h.db.user.findMany({ where: { accountId }, orderBy: { arn: "asc" }, select: { id: true, arn: true } }),
    h.db.role.findMany({ where: { accountId }, orderBy: { arn: "asc" }, select: { id: true, arn: true, trustPolicy: true, maxSessionDuration: true } }),
    h.db.accessKey.findMany({ where: { accountId }, orderBy: { id: "asc" }, select: { id: true, status: true } }),
    h.db.managedPolicy.findMany({ where: { accountId }, select: { arn: true } }),
    h.db.trailEvent.count({ where: { accountId } }),
    h.db.stsSession.count({ where: { accountId } }),
  ]);
  return { accounts, users, roles, keys, policies, trail, sessions };
}

function createOpenRole(s: SandboxCredentials) {
  const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${s.n}333333:root` }, Action: "sts:AssumeRole" }] };
  return wire.wireCall(adminKey(s), "iam", { Action: "CreateRole", RoleName: ROLE, AssumeRolePolicyDocument: JSON.stringify(trust) }, "test");
}

beforeAll(async () => {
  h = await startHarness();
  process.env.LAB_ENDPOINT_URL = h.url;
  const { provisionSandbox } = await import("@/lib/sandbox/provision");
  a = await provisionSandbox(h.db, "learnerAAAAAAAAAAAAAAAAAAAA");
  b = await provisionSandbox(h.db, "learnerBBBBBBBBBBBBBBBBBBBB");
  seatA = { learnerId: "learnerAAAAAAAAAAAAAAAAAAAA", sandboxId: a.id };
  seatB = { learnerId: "learnerBBBBBBBBBBBBBBBBBBBB", sandboxId: b.id };
  service = (await import("./service")).labService;
  wire = await import("./wire-client");
  // A marker in the demo sandbox: a lab reset of the demo sandbox would remove it.
  expect((await wire.wireCall(ADMIN_111, "iam", { Action: "CreateUser", UserName: "demo-marker" }, "test")).ok).toBe(true);
  demoBefore = await demoState();
}, 120_000);

afterAll(() => h?.close());

describe("a lab per learner sandbox", { timeout: 60_000 }, () => {
  it("starts in both sandboxes at once, each with its own accounts, keys and passwords", async () => {
    const [viewA, viewB] = await Promise.all([service.start(seatA, LAB), service.start(seatB, LAB)]);
    for (const [view, s, other] of [
      [viewA, a, b],
      [viewB, b, a],
    ] as const) {
      expect(view.goal).toContain(`(${s.n}333333)`);
      expect(new Set(view.credentials.map((c) => c.accountId))).toEqual(new Set(accountsOf(s)));
      expect(view.credentials.find((c) => c.label === "identity-admin")?.accessKeyId).toBe(s.accessKeys[0].accessKeyId);
      expect(view.credentials.find((c) => c.label === "identity-alice")?.password).toBe(s.users.find((u) => u.name === "alice")!.password);
      expect(view.cliConfig).toContain(`aws_access_key_id = ${s.accessKeys[1].accessKeyId}`);
      for (const key of [...other.accessKeys.map((k) => k.accessKeyId), ADMIN_111.accessKeyId]) expect(view.cliConfig).not.toContain(key);
      // The lab's vendor account belongs to the learner's sandbox (scoping, reset and deletion follow it).
      expect(await h.db.account.findUnique({ where: { id: `${s.n}333333` }, select: { sandboxId: true, organizationId: true } })).toEqual({ sandboxId: s.id, organizationId: null });
      expect(Object.values(stateOf(view)).every((st) => st !== "passed")).toBe(true);
    }
    const attempts = await h.db.labAttempt.findMany({ where: { labId: LAB }, select: { learnerId: true, sandboxId: true } });
    expect(attempts).toEqual(expect.arrayContaining([{ learnerId: seatA.learnerId, sandboxId: a.id }, { learnerId: seatB.learnerId, sandboxId: b.id }]));
    expect(attempts).toHaveLength(2);
  });

  it("runs each learner's actors in their sandbox, and checks read only that sandbox's events", async () => {
    expect((await createOpenRole(a)).ok).toBe(true);
    expect((await createOpenRole(b)).ok).toBe(true);
    const ranA = await service.runActor(seatA, "mallory");
    expect(ranA.actors.find((x) => x.id === "mallory")?.lastResult?.ok).toBe(true);
    expect(stateOf(ranA)["mallory-got-in"]).toBe("passed");
    // B's sandbox saw nothing: its check stays open although A's event is in the same store and window.
    expect(stateOf((await service.current(seatB))!)["mallory-got-in"]).not.toBe("passed");
    const mallory = await h.db.trailEvent.findMany({ where: { eventName: "AssumeRole", errorCode: null }, select: { accountId: true } });
    expect(mallory.map((e) => e.accountId).sort()).toEqual([`${a.n}111111`, `${a.n}333333`].sort());

    await service.runActor(seatB, "monitorco-sync");
    // A's snapshot over all its steps: B's fresh events and sessions are in the store, and none is read.
    const { requireCurrent } = await import("./attempt");
    const { evaluateAttempt } = await import("./progress");
    const s = await requireCurrent(seatA);
    const snapshot = (await evaluateAttempt(s, s.lab.steps))!;
    expect(snapshot.events.length).toBeGreaterThan(0);
    expect(snapshot.events.filter((e) => !accountsOf(a).includes(e.accountId))).toEqual([]);
    expect(await h.db.trailEvent.count({ where: { accountId: { in: accountsOf(b) }, eventTime: { gte: s.row.resetAt } } })).toBeGreaterThan(0);
    expect(await h.db.stsSession.count({ where: { accountId: `${b.n}111111` } })).toBeGreaterThan(0);
  });

  it("resets only the learner's sandbox: the other's roles, events and progress stay", async () => {
    await service.runActor(seatB, "mallory");
    const before = await h.db.labAttempt.findFirstOrThrow({ where: { ...seatB, finishedAt: null } });
    expect(JSON.parse(before.checks)["mallory-got-in"].state).toBe("passed");
    const vendorA = await h.db.account.findUniqueOrThrow({ where: { id: `${a.n}333333` } });

    const reset = await service.reset(seatA);
    expect(stateOf(reset)["mallory-got-in"]).not.toBe("passed");
    expect(await h.db.role.count({ where: { arn: `arn:aws:iam::${a.n}111111:role/${ROLE}` } })).toBe(0);
    // The same account ids and template keys come back.
    expect((await h.db.account.findUniqueOrThrow({ where: { id: `${a.n}333333` } })).rootEmail).toBe(vendorA.rootEmail);
    expect(reset.credentials.find((c) => c.label === "identity-admin")?.accessKeyId).toBe(a.accessKeys[0].accessKeyId);

    expect(await h.db.role.count({ where: { arn: `arn:aws:iam::${b.n}111111:role/${ROLE}` } })).toBe(1);
    const after = await h.db.labAttempt.findFirstOrThrow({ where: { ...seatB, finishedAt: null } });
    expect({ checks: after.checks, resetAt: after.resetAt, currentStep: after.currentStep }).toEqual({ checks: before.checks, resetAt: before.resetAt, currentStep: before.currentStep });
    expect(stateOf((await service.current(seatB))!)["mallory-got-in"]).toBe("passed");
    // Progress is per sandbox: learner A has no lab open in B's sandbox, nor in the demo sandbox.
    expect(await service.current({ learnerId: seatA.learnerId, sandboxId: b.id })).toBeNull();
    expect(await service.current({ learnerId: seatA.learnerId, sandboxId: "single" })).toBeNull();
  });

  it("never touched the demo sandbox", async () => {
    const now = await demoState();
    expect(now.users.map((u) => u.arn)).toContain("arn:aws:iam::111111111111:user/demo-marker");
    expect(now).toEqual(demoBefore);
  });

  it("passes two labs' self-tests side by side in the two learners' sandboxes", { timeout: 300_000 }, async () => {
    const { selfTestLab } = await import("@/labs/selftest");
    const reports = await Promise.all([selfTestLab(service, "first-role-switch", h.url, a.id), selfTestLab(service, "session-duration", h.url, b.id)]);
    for (const report of reports) {
      expect(report.passingOnSetup, `${report.labId}: checks that pass on the setup alone`).toEqual([]);
      expect(report.failedStep, report.failedStep?.output).toBeUndefined();
      expect(report.finishFailed).toBe(false);
    }
    expect(await demoState()).toEqual(demoBefore);
  });
});

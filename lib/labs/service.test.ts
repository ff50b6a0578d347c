// The lab service end to end on a real sandbox store: start (reset + setup through the signed wire
// core), checks evaluated over the log and the store, latching, hints, solutions, reset, finish.
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, startHarness } from "@/lib/wire/testing";

let service: import("./types").LabService;
let wire: typeof import("./wire-client");

beforeAll(async () => {
  await startHarness();
  service = (await import("./service")).labService;
  wire = await import("./wire-client");
}, 120_000);

const L1 = { learnerId: "learner-1", sandboxId: "single" };
const L2 = { learnerId: "learner-2", sandboxId: "single" };
const stateOf = (view: import("./types").LabView) => Object.fromEntries(view.steps.flatMap((s) => s.checks.map((c) => [c.id, c.state])));

describe("lab service", { timeout: 60_000 }, () => {
  it("starts a lab from its setup, latches passes and moves the current step on", async () => {
    const view = await service.start(L1, "session-duration");
    expect(view.progress).toEqual({ done: 0, total: 3 });
    expect(view.steps[0].current).toBe(true);
    expect(Object.values(stateOf(view)).every((s) => s !== "passed")).toBe(true);
    const alice = view.credentials.find((c) => c.label === "identity-alice")!;
    expect(alice.accessKeyId).toMatch(/^AKIA/);
    expect(view.cliConfig).toContain("[profile identity-alice]");

    const creds = { accessKeyId: alice.accessKeyId!, secretAccessKey: alice.secretAccessKey! };
    const roleArn = "arn:aws:iam::111111111111:role/BatchProcessingRole";
    const tooLong = await wire.wireCall(creds, "sts", { Action: "AssumeRole", RoleArn: roleArn, RoleSessionName: "batch", DurationSeconds: "43200" }, "test");
    expect(tooLong.error?.code).toBe("ValidationError");

    const after = (await service.current(L1))!;
    expect(stateOf(after)["denied-43200"]).toBe("passed");
    expect(after.steps[1].current).toBe(true);
    expect(after.steps[1].checks[0].reason).toMatch(/does not match yet/);
  });

  it("counts hints, records solution views, and keeps them over a reset", async () => {
    await service.revealHint(L1, "raise-maximum");
    const shown = await service.showSolution(L1, "raise-maximum");
    expect(shown.hintsUsed).toBe(1);
    expect(shown.solutionViewed).toBe(true);
    expect(shown.steps[1].solution?.cli[0]).toContain("update-role");
    const reset = await service.reset(L1);
    expect(stateOf(reset)["denied-43200"]).not.toBe("passed");
    expect(reset.hintsUsed).toBe(1);
    expect(reset.steps[1].solution).toBeDefined();
  });

  it("finishes with a summary and shows in the catalog", async () => {
    const summary = await service.finish(L1);
    expect(summary).toMatchObject({ labId: "session-duration", allPassed: false, hintsUsed: 1, solutionViewed: true });
    expect(await service.current(L1)).toBeNull();
    const cards = await service.catalog(L1);
    expect(cards.find((c) => c.id === "session-duration")?.status).toBe("finished");
    expect(cards.find((c) => c.id === "first-role-switch")?.status).toBe("not-started");
  });

  it("counts a session issued in the same second its step began (STS issue times are whole seconds)", async () => {
    const view = await service.start(L2, "session-duration");
    const alice = view.credentials.find((c) => c.label === "identity-alice")!;
    const creds = { accessKeyId: alice.accessKeyId!, secretAccessKey: alice.secretAccessKey! };
    const assume = { Action: "AssumeRole", RoleArn: "arn:aws:iam::111111111111:role/BatchProcessingRole", RoleSessionName: "batch", DurationSeconds: "43200" };
    await wire.wireCall(creds, "sts", assume, "test");
    await wire.wireCall(ADMIN_111, "iam", { Action: "UpdateRole", RoleName: "BatchProcessingRole", MaxSessionDuration: "43200" }, "test");
    // Early in a second: the step opens at ~.1 s and the session, issued a moment later, carries ~.0 s.
    await new Promise((r) => setTimeout(r, 1100 - (Date.now() % 1000)));
    const third = (await service.current(L2))!;
    expect(third.steps[2].current).toBe(true);
    expect((await wire.wireCall(creds, "sts", assume, "test")).ok).toBe(true);
    expect(stateOf((await service.current(L2))!)["session-43200"]).toBe("passed");
  });
});

// The access graph against the wire on every lab's starting point (spec §3.7 item 1, "in every seed"):
// each lab's setup applied to the sandbox as a learner's Start applies it (resetForLab), then every
// (user, role) pair of the lab's accounts put to a real AssumeRole over the wire (wire-check.ts). The
// labs' end states (after their solutions) get the same check in their self-test (labs/selftest.ts).
// Labs whose setup has no role a user could assume make no call here; the whole run must make some.
// AWS: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allLabs } from "@/lib/labs/registry";
import { startHarness, type Harness } from "@/lib/wire/testing";
import { seedAgainstWire } from "./wire-check";

let h: Harness;
let calls = 0;

beforeAll(async () => {
  h = await startHarness();
}, 120_000);

afterAll(async () => {
  await h?.close();
  expect(calls, "AssumeRole calls over all the labs' setups").toBeGreaterThan(0);
});

describe("every lab's setup: an edge exactly when AssumeRole succeeds", () => {
  it.each(allLabs().map((lab) => [lab.id, lab] as const))("%s", async (_id, lab) => {
    const { resetForLab } = await import("@/lib/labs/setup");
    const ctx = await resetForLab(lab);
    const answer = await seedAgainstWire(h, Object.values(ctx.accounts));
    calls += answer.calls;
    expect(answer.mismatches).toEqual([]);
  }, 180_000);
});

// The per-lab CI self-test (training-spec §2, docs/labs.md): for every lab of the registry, the setup
// alone fails every check, and the lab's own CLI solution, run through the real AWS CLI v2 against a
// real wire endpoint, passes every check of every step (and the final ones again at Finish).
// Labs share one sandbox store (a lab start resets it), so they run one after the other here.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LAB_MODULES } from "@/labs";
import { startHarness, type Harness } from "@/lib/wire/testing";
import type { SelfTestReport } from "./selftest";

vi.mock("server-only", () => ({}));

let harness: Harness;
let run: (labId: string) => Promise<SelfTestReport>;

beforeAll(async () => {
  harness = await startHarness();
  process.env.LAB_ENDPOINT_URL = harness.url;
  const { labService } = await import("@/lib/labs/service");
  const { selfTestLab } = await import("./selftest");
  run = (labId) => selfTestLab(labService, labId, harness.url);
}, 180_000);

afterAll(() => harness?.close());

const only = process.env.LAB_SELFTEST_ONLY?.split(",");

describe("lab self-test", () => {
  for (const lab of LAB_MODULES.filter((l) => !only || only.includes(l.id))) {
    it(`${lab.id}: fails on the setup alone, passes after its solution`, { timeout: 240_000 }, async () => {
      const report = await run(lab.id);
      console.log(`self-test ${lab.id}: ${report.seconds.toFixed(1)} s, ${report.cliCalls} CLI calls`);
      expect(report.passingOnSetup, "checks that pass on the setup alone").toEqual([]);
      expect(report.failedStep, report.failedStep?.output).toBeUndefined();
      expect(report.finishFailed, "final steps re-checked at Finish").toBe(false);
    });
  }
});

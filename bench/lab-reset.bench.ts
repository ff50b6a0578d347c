// Lab reset benchmark (npm run bench:lab-reset): p50/p95 of one lab Reset — the sandbox back to its
// template (resetSandbox: clear + seed in one transaction) and the lab's setup (extra accounts, access
// keys, setup.calls through the signed wire core) — for the heaviest lab of the registry (the most
// setup calls, keys and accounts), over 20 resets after one warm-up, on a fresh SQLite sandbox and on
// PostgreSQL too when TEST_DATABASE_URL names a server (one child process per store). Target: < 1 s p95.
// Then the multi-mode figure (SANDBOX_MODE=multi): the same lab reset in one learner's sandbox while
// LAB_RESET_OTHERS (default 10) other learners' sandboxes, each with the lab set up, share the store.
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { perStore, type BenchStore } from "./per-store";

const RUNS = Number(process.env.LAB_RESET_RUNS ?? 20);
const OTHERS = Number(process.env.LAB_RESET_OTHERS ?? 10);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function child(mode: BenchStore): Promise<void> {
  const { createSandbox, sandboxEnv } = await import("../lib/testing/sandbox-db");
  const sandbox = createSandbox();
  Object.assign(process.env, sandboxEnv(sandbox));
  const { allLabs } = await import("../lib/labs/registry");
  const { resetForLab } = await import("../lib/labs/setup");
  const weight = (l: ReturnType<typeof allLabs>[number]) => (l.setup.calls?.length ?? 0) + (l.setup.accessKeys?.length ?? 0) + 3 * (l.setup.accounts?.length ?? 0);
  const lab = [...allLabs()].sort((a, b) => weight(b) - weight(a))[0];
  const { provisionSandbox } = await import("../lib/sandbox/provision");
  const { sandboxTarget } = await import("../lib/sandbox/target");
  const { db } = await import("../lib/db");
  const timed = async (reset: () => Promise<unknown>) => {
    await reset();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await reset();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms over ${RUNS} resets`;
  };
  const calls = lab.setup.calls?.length ?? 0;
  const what = `${lab.id} [${calls} setup calls, ${lab.setup.accessKeys?.length ?? 0} keys, ${lab.setup.accounts?.length ?? 0} accounts]`;
  console.log(`lab reset (${mode}) ${what}: ${await timed(() => resetForLab(lab))}`);
  // Multi mode: learners' sandboxes beside the demo one, the lab set up in each; one learner's resets.
  const targets: Awaited<ReturnType<typeof sandboxTarget>>[] = [];
  for (let i = 0; i <= OTHERS; i++) {
    const s = await provisionSandbox(db, `bench-learner-${String(i).padStart(20, "0")}`);
    const target = await sandboxTarget(db, s.id);
    await resetForLab(lab, target);
    targets.push(target);
  }
  console.log(`lab reset (${mode}, multi: one learner's sandbox of ${OTHERS + 1} beside the demo's) ${what}: ${await timed(() => resetForLab(lab, targets[0]))}`);
  rmSync(sandbox.dataDir, { recursive: true, force: true });
}

perStore("bench/lab-reset.bench.ts", child);

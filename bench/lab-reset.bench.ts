// Lab reset benchmark (npm run bench:lab-reset): p50/p95 of one lab Reset — the sandbox back to its
// template (resetSandbox: clear + seed in one transaction) and the lab's setup (extra accounts, access
// keys, setup.calls through the signed wire core) — for the heaviest lab of the registry (the most
// setup calls, keys and accounts), over 20 resets after one warm-up, on a fresh SQLite sandbox and on
// PostgreSQL too when TEST_DATABASE_URL names a server (one child process per store). Target: < 1 s p95.
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { perStore, type BenchStore } from "./per-store";

const RUNS = Number(process.env.LAB_RESET_RUNS ?? 20);

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
  await resetForLab(lab);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await resetForLab(lab);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const calls = lab.setup.calls?.length ?? 0;
  console.log(
    `lab reset (${mode}) ${lab.id} [${calls} setup calls, ${lab.setup.accessKeys?.length ?? 0} keys, ${lab.setup.accounts?.length ?? 0} accounts]: ` +
      `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms over ${RUNS} resets`,
  );
  rmSync(sandbox.dataDir, { recursive: true, force: true });
}

perStore("bench/lab-reset.bench.ts", child);

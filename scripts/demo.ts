// `npm run demo -- <name>… [--no-video] [--headed] [--slow <ms>]`, `--list`, `--all` (training spec
// Part B): for each demo, a fresh sandbox (SQLite, its own data directory) served by server.ts on a
// free port with a fixed clock and id seed, demos/<name>.demo.ts run under Playwright Test
// (playwright.demo.config.ts), and demo-output/<name>/ checked (scripts/demo/verify.ts).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import { startAppServer } from "../lib/testing/app-server";
import { createSandbox, prepareStore } from "../lib/testing/sandbox-db";
import { parseDemoArgs } from "./demo/args";
import type { DemoManifest } from "./demo/storyboard";
import { verifyOutput } from "./demo/verify";
import { ffmpegAvailable, FFMPEG } from "./demo/video";

const root = process.cwd();
const DEMOS = path.join(root, "demos");
const OUTPUT = path.join(root, "demo-output");

function listDemos(dir = DEMOS): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".demo.ts")).map((f) => f.slice(0, -".demo.ts".length)).sort();
}

/** The demo file's first comment line, for --list. */
function summary(name: string): string {
  const first = readFileSync(path.join(DEMOS, `${name}.demo.ts`), "utf8").split("\n")[0];
  return first.startsWith("//") ? first.replace(/^\/\/\s*/, "") : "";
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once("error", () => resolve(false));
    srv.listen(port, () => srv.close(() => resolve(true)));
  });
}

/** The first free port from DEMO_PORT (3280): pages show the sandbox's URL, and a shot should not change with it. */
async function demoPort(): Promise<number> {
  const first = Number(process.env.DEMO_PORT ?? 3280);
  for (let port = first; port < first + 50; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${first}–${first + 49}`);
}

function commit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return "unknown";
  }
}

/**
 * Migrates and seeds one sandbox (with the fixed clock and id seed) that every demo's sandbox copies
 * (createSandbox honours SANDBOX_TEMPLATE_DIR): a directory copy instead of a migrate + seed + bcrypt
 * per demo. The copy holds what a fresh seed would, so a demo's shots are the same either way.
 */
function seedTemplate(): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), "iam-demo-template-"));
  prepareStore({ dataDir, databaseUrl: `file:${path.join(dataDir, "sandbox.db")}` });
  return dataDir;
}

async function runDemo(name: string, opts: { video: boolean; headed: boolean; slowMs: number; commit: string }): Promise<boolean> {
  const started = performance.now();
  const store = createSandbox();
  const port = await demoPort();
  // The server's clock reads SANDBOX_CLOCK at its process start (lib/server-now.ts): the browser's
  // clock is installed at the same reading (demos/support/demo.ts).
  const clockOrigin = Date.now();
  const server = await startAppServer(port, store);
  const outDir = path.join(OUTPUT, name);
  let status: number | null = 1;
  try {
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/@playwright/test/cli.js"), "test", "-c", "playwright.demo.config.ts", `demos/${name}.demo.ts`], {
      stdio: "inherit",
      env: {
        ...process.env,
        DEMO_NAME: name,
        DEMO_BASE_URL: server.baseURL,
        DEMO_DATA_DIR: store.dataDir,
        DEMO_CLOCK_ORIGIN_MS: String(clockOrigin),
        DEMO_OUTPUT_DIR: outDir,
        DEMO_VIDEO: opts.video ? "1" : "0",
        DEMO_HEADED: opts.headed ? "1" : "0",
        DEMO_SLOW_MS: String(opts.slowMs),
        DEMO_COMMIT: opts.commit,
        // Traces and failure shots per demo: runs on other ports (DEMO_PORT) must not share them.
        DEMO_RESULTS_DIR: path.join("test-results", "demos", name),
      },
    });
    status = run.status;
  } finally {
    await server.stop();
    rmSync(store.dataDir, { recursive: true, force: true });
  }
  const wall = ((performance.now() - started) / 1000).toFixed(1);
  const problems = existsSync(outDir) ? verifyOutput(outDir) : [`${outDir} was not written`];
  if (status !== 0) problems.unshift(`the demo failed (Playwright exit ${status})`);
  if (existsSync(path.join(outDir, "manifest.json"))) {
    const m = JSON.parse(readFileSync(path.join(outDir, "manifest.json"), "utf8")) as DemoManifest;
    const video = m.video ? `, video ${(statSync(path.join(outDir, m.video.file)).size / 1e6).toFixed(2)} MB ${(m.video.durationMs / 1000).toFixed(1)} s` : "";
    console.log(`demo ${name}: ${m.steps.length} steps, run ${(m.durationMs / 1000).toFixed(1)} s, wall ${wall} s${video} → ${path.relative(root, outDir)}/`);
  }
  for (const p of problems) console.error(`demo ${name}: ${p}`);
  return problems.length === 0;
}

async function main(): Promise<number> {
  const known = listDemos();
  const args = parseDemoArgs(process.argv.slice(2), known);
  if (args instanceof Error) {
    console.error(args.message);
    return 2;
  }
  if (args.list) {
    for (const name of known) console.log(`${name.padEnd(30)} ${summary(name)}`);
    return 0;
  }
  let video = args.video;
  if (video && !ffmpegAvailable()) {
    console.warn(`demo: ${FFMPEG} not found: writing storyboards only (apt-get install -y ffmpeg)`);
    video = false;
  }
  if (args.build) {
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/build-if-changed.ts"], { stdio: "inherit" });
    if (build.status !== 0) return build.status ?? 1;
  }
  // A deterministic sandbox (training spec §10), always SQLite: demos never touch a shared server.
  delete process.env.TEST_DATABASE_URL;
  delete process.env.SANDBOX_TEMPLATE_DIR;
  process.env.SANDBOX_CLOCK ??= "2026-01-15T10:00:00Z";
  process.env.SANDBOX_ID_SEED ??= "demo";
  process.env.SANDBOX_DEMO = "1";
  const sha = commit();
  const template = args.names.length > 1 ? seedTemplate() : undefined;
  if (template) process.env.SANDBOX_TEMPLATE_DIR = template;
  let ok = true;
  try {
    for (const name of args.names) {
      const withVideo = video || (args.videoOf.includes(name) && ffmpegAvailable());
      ok = (await runDemo(name, { video: withVideo, headed: args.headed, slowMs: args.slowMs, commit: sha })) && ok;
    }
  } finally {
    if (template) rmSync(template, { recursive: true, force: true });
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

// The per-lab CI self-test's driver (docs/labs.md "Solutions and the self-test"): start the lab
// (reset + setup) and require every check to fail; then, step by step, run the step's solution.cli
// lines (bash with `awsl`, the lab's CLI profiles and `lab-totp` through the real AWS CLI v2 against
// the wire harness; `lab-actor`, `lab-answer` and `lab-console` lines in-process through the lab
// service and the console's own code), answer the step's questions, and require every check of the
// step to pass before the next. Test support only.
import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LAB_MODULES } from "@/labs";
import type { Caller } from "@/lib/authz/caller";
import type { LabContext } from "@/lib/labs/placeholders";
import type { LabService, LabView } from "@/lib/labs/types";
import { startHarness, type Harness } from "@/lib/wire/testing";
import { testPostgresUrl } from "@/lib/testing/sandbox-db";

const ROOT = path.resolve(import.meta.dirname, "..");
const AWS = process.env.AWS_CLI ?? "/usr/bin/aws";

export interface SelfTestReport {
  labId: string;
  /** Checks that passed on the setup alone (they cannot fail). */
  passingOnSetup: string[];
  /** The first step whose checks did not all pass after its solution, with each failing check's reason and the commands' output. */
  failedStep?: { step: string; checks: string[]; output: string };
  /** Final steps that no longer pass at Finish. */
  finishFailed: boolean;
  /** The lab's accounts: its sandbox's and those its setup adds. */
  accounts: string[];
  cliCalls: number;
  seconds: number;
}

interface ConsoleState {
  /** The role session a console switch made, per user: what switch-back leaves. */
  roleSessions: Map<string, string>;
}

function bash(script: string, env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  return new Promise((resolve) => {
    execFile("bash", ["-c", script], { env, cwd, timeout: 120_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve(`$ ${script.split("\n").slice(3).join("\n$ ")}\n${stdout}${stderr}${error && !("code" in error) ? String(error) : ""}`);
    });
  });
}

/** A private ~/.aws with the lab's profiles, `awsl` and `lab-totp`, as the docs promise a learner. */
function cliWorkspace(ctx: LabContext, endpoint: string, cliConfigOf: (ctx: LabContext, endpoint: string) => string): { env: NodeJS.ProcessEnv; cwd: string; prelude: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "lab-selftest-"));
  const bin = path.join(dir, "bin");
  const cwd = path.join(dir, "work");
  mkdirSync(bin);
  mkdirSync(cwd);
  const [config, credentials] = cliConfigOf(ctx, endpoint).split("# ~/.aws/credentials");
  writeFileSync(path.join(dir, "config"), config);
  writeFileSync(path.join(dir, "credentials"), credentials);
  for (const name of ["lab-totp", "mfa-code"]) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, "scripts", "lab-totp.mjs")}" "$@"\n`);
    chmodSync(path.join(bin, name), 0o755);
  }
  const env: Record<string, string | undefined> = {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: dir,
    LAB_ENDPOINT: endpoint,
    AWS_DEFAULT_REGION: "us-east-1",
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_CONFIG_FILE: path.join(dir, "config"),
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"),
    AWS_PAGER: "",
    AWS_MAX_ATTEMPTS: "1",
    // `npm run sandbox:token|saml` in a solution reads the same data directory as the harness.
    DATA_DIR: process.env.DATA_DIR,
    DATABASE_URL: process.env.DATABASE_URL,
    npm_config_prefix: undefined,
  };
  // Files a solution writes stay in its own directory; `npm run sandbox:token|saml` runs in the project.
  const prelude = [`awsl() { "${AWS}" --endpoint-url "$LAB_ENDPOINT" "$@"; }`, `npm() { (cd "${ROOT}" && command npm "$@"); }`, `cd "${cwd}"`].join("\n");
  return { env: env as NodeJS.ProcessEnv, cwd: ROOT, prelude };
}

function words(line: string): string[] {
  return line.trim().split(/\s+/);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `lab-console …`: a console action, through the functions the console's routes call. */
async function consoleAction(line: string, state: ConsoleState, ctx: LabContext): Promise<string> {
  const args = words(line).slice(1);
  const [action] = args;
  const user = option(args, "user") ?? "alice";
  const { signIn } = await import("@/lib/auth/sign-in");
  const { templatePasswords } = await import("@/lib/labs/placeholders");
  if (action === "switch-role") {
    const account = option(args, "account")!;
    const password = (ctx.passwords ?? templatePasswords())[`identity/${user}`];
    const outcome = await signIn({ type: "iam", account, userName: user, password }, "198.51.100.20", Date.now(), { userAgent: "lab-selftest" });
    if (!outcome.ok) return `lab-console: sign-in as ${user} failed: ${outcome.error}`;
    const { identity } = outcome;
    const caller: Caller = { kind: "user", accountId: identity.accountId, arn: identity.arn, userId: identity.userId, userName: identity.name, mfa: identity.mfa, via: "console", sourceIp: "198.51.100.20", userAgent: "lab-selftest" };
    const { switchRole } = await import("@/lib/auth/switch-role");
    try {
      const switched = await switchRole(caller, identity, { account, roleName: option(args, "role")!, color: option(args, "color") });
      state.roleSessions.set(user, switched.accessKeyId);
      return `lab-console: switched to ${switched.displayName}`;
    } catch (e) {
      return `lab-console: switch failed: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  if (action === "switch-back") {
    const accessKeyId = state.roleSessions.get(user);
    if (!accessKeyId) return `lab-console: ${user} has no role to switch back from`;
    const { findSessionWithPrincipal } = await import("@/lib/data/sessions");
    const { sessionCaller } = await import("@/lib/sts/session-caller");
    const { recordSwitchBack } = await import("@/lib/auth/switch-role-trail");
    const session = await findSessionWithPrincipal(accessKeyId);
    const caller = session ? sessionCaller(session, { via: "console", sourceIp: "198.51.100.20", userAgent: "lab-selftest" }) : null;
    if (!caller) return "lab-console: the role session is gone";
    await recordSwitchBack(caller);
    state.roleSessions.delete(user);
    return "lab-console: switched back";
  }
  return `lab-console: unknown action ${action}`;
}

const isSpecial = (line: string) => /^\s*lab-(actor|answer|console)\s/.test(line);

/** Runs one lab's self-test with `service` on the harness at `endpoint`, in the demo sandbox or a learner's (`sandboxId`). */
export async function selfTestLab(service: LabService, labId: string, endpoint: string, sandboxId = "single"): Promise<SelfTestReport> {
  const started = Date.now();
  // After startHarness: lib/db must open the harness's store.
  const { db } = await import("@/lib/db");
  const { resolveDeep, resolveTemplate } = await import("@/lib/labs/placeholders");
  const { findLab } = await import("@/lib/labs/registry");
  const { flattenChecks } = await import("@/lib/labs/schema");
  const lab = findLab(labId);
  if (!lab) throw new Error(`no lab ${labId}`);
  const learner = { learnerId: `selftest-${labId}`, sandboxId };
  let view: LabView = await service.start(learner, labId);
  const report: SelfTestReport = { labId, passingOnSetup: [], finishFailed: false, accounts: [], cliCalls: 0, seconds: 0 };
  report.passingOnSetup = view.steps.flatMap((s) => s.checks.filter((c) => c.state === "passed").map((c) => `${s.id}/${c.id}: ${c.reason}`));

  const attempt = await db.labAttempt.findFirstOrThrow({ where: { ...learner, finishedAt: null }, orderBy: { startedAt: "desc" } });
  const ctx = JSON.parse(attempt.context) as LabContext;
  report.accounts = Object.values(ctx.accounts);
  const workspace = cliWorkspace(ctx, endpoint, (await import("@/lib/labs/service")).cliConfigOf);
  const consoleState: ConsoleState = { roleSessions: new Map() };

  for (const step of lab.steps) {
    const lines = resolveDeep(step.solution.cli, ctx);
    const output: string[] = [];
    let pending: string[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      report.cliCalls += pending.filter((l) => /\bawsl?\b/.test(l)).length;
      output.push(await bash([workspace.prelude, ...pending].join("\n"), workspace.env, workspace.cwd));
      pending = [];
    };
    for (const line of lines) {
      if (!isSpecial(line)) {
        pending.push(line);
        continue;
      }
      await flush();
      const [command, id] = words(line);
      if (command === "lab-actor") {
        view = await service.runActor(learner, id);
        output.push(`lab-actor ${id}: ${view.actors.find((a) => a.id === id)?.lastResult?.summary}`);
      } else if (command === "lab-answer") {
        view = await service.answer(learner, id, line.trim().slice(`lab-answer ${id} `.length));
      } else {
        output.push(await consoleAction(line, consoleState, ctx));
      }
    }
    await flush();
    // Questions the solution does not answer itself get their expected answer.
    for (const check of flattenChecks(step.checks)) {
      if (check.kind === "answer" && !view.steps.find((s) => s.id === step.id)?.checks.find((c) => c.id === check.id)?.answer) {
        view = await service.answer(learner, check.id, resolveTemplate(check.expect, ctx));
      }
    }
    view = (await service.current(learner))!;
    const stepView = view.steps.find((s) => s.id === step.id)!;
    const failing = stepView.checks.filter((c) => c.state !== "passed");
    if (failing.length > 0) {
      report.failedStep = { step: step.id, checks: failing.map((c) => `${c.id}: ${c.state} (${c.reason})`), output: output.join("\n") };
      break;
    }
  }
  if (!report.failedStep) {
    const summary = await service.finish(learner);
    report.finishFailed = !summary.allPassed;
  }
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

/**
 * The vitest suite for the labs at registry positions `half`, `half + 2`… (LAB_SELFTEST_ONLY=a,b
 * picks labs by id). Labs share one sandbox store (a start resets it): a file runs its labs in turn.
 */
/** Labs the PostgreSQL run self-tests unless LAB_SELFTEST_ALL is set (console steps, MFA, chaining, revocation). */
const POSTGRES_SAMPLE = ["first-role-switch", "session-duration", "revoke-leaked-sessions", "external-id-confused-deputy"];

export function describeLabSelfTests(half: 0 | 1): void {
  let harness: Harness;
  let run: (labId: string) => Promise<SelfTestReport>;

  beforeAll(async () => {
    harness = await startHarness();
    process.env.LAB_ENDPOINT_URL = harness.url;
    const { labService } = await import("@/lib/labs/service");
    run = (labId) => selfTestLab(labService, labId, harness.url);
  }, 180_000);

  afterAll(() => harness?.close());

  // On the PostgreSQL run (the second store) a sample covers the engine's reads and writes: every lab
  // already proved its content on SQLite, and the whole set costs minutes of CLI calls per store.
  const only = process.env.LAB_SELFTEST_ONLY?.split(",") ?? (testPostgresUrl() && !process.env.LAB_SELFTEST_ALL ? POSTGRES_SAMPLE : undefined);
  const labs = LAB_MODULES.filter((l, i) => i % 2 === half && (!only || only.includes(l.id)));
  describe("lab self-test", () => {
    for (const lab of labs) {
      it(`${lab.id}: fails on the setup alone, passes after its solution`, { timeout: 300_000 }, async () => {
        const report = await run(lab.id);
        console.log(`self-test ${lab.id}: ${report.seconds.toFixed(1)} s, ${report.cliCalls} CLI calls`);
        expect(report.passingOnSetup, "checks that pass on the setup alone").toEqual([]);
        expect(report.failedStep, report.failedStep?.output).toBeUndefined();
        expect(report.finishFailed, "final steps re-checked at Finish").toBe(false);
        // The end state is a seed too (spec observability §3.7 item 1): the graph must agree with the wire.
        const { seedAgainstWire } = await import("@/lib/graph/wire-check");
        const graph = await seedAgainstWire(harness, report.accounts);
        console.log(`self-test ${lab.id}: ${graph.calls} graph AssumeRole checks`);
        expect(graph.mismatches, "the access graph against AssumeRole after the solution").toEqual([]);
      });
    }
    if (labs.length === 0) it.skip("no lab in this half", () => undefined);
  });
}

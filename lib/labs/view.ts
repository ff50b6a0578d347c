// What the console shows of an attempt (LabView), and the CLI profiles a lab's keys give.
import type { AttemptState } from "./attempt";
import { resolveDeep, resolveTemplate, templatePasswords, type LabContext } from "./placeholders";
import { stepDone } from "./progress";
import type { Check, CheckView, CredentialView, LabView } from "./types";

function credentialsOf(ctx: LabContext): CredentialView[] {
  // The sandbox's own (a learner's are random); an attempt saved before they were kept is the demo's.
  const passwords = ctx.passwords ?? templatePasswords();
  const out: CredentialView[] = [];
  const seen = new Set<string>();
  for (const k of Object.values(ctx.keys)) {
    const id = `${k.account}/${k.user}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ label: profileName(k.account, k.user), accountId: ctx.accounts[k.account], userName: k.user, password: passwords[id], accessKeyId: k.id, secretAccessKey: k.secret });
  }
  for (const [id, password] of Object.entries(passwords)) {
    if (seen.has(id)) continue;
    const [account, user] = id.split("/");
    out.push({ label: profileName(account, user), accountId: ctx.accounts[account], userName: user, password });
  }
  return out;
}

export function profileName(account: string, user: string): string {
  return `${account}-${user}`;
}

/** The endpoint the CLI snippet points at (LAB_ENDPOINT_URL, else the local server). */
export function labEndpointUrl(): string {
  return process.env.LAB_ENDPOINT_URL ?? `http://localhost:${process.env.PORT ?? 3000}/api/aws`;
}

/** ~/.aws/config and ~/.aws/credentials for every key the lab gives: one profile `<account>-<user>` each. */
export function cliConfigOf(ctx: LabContext, endpoint = labEndpointUrl()): string {
  const config: string[] = ["# ~/.aws/config"];
  const credentials: string[] = ["# ~/.aws/credentials"];
  const seen = new Set<string>();
  for (const k of Object.values(ctx.keys)) {
    const name = profileName(k.account, k.user);
    if (seen.has(name)) continue;
    seen.add(name);
    config.push(`[profile ${name}]`, "region = us-east-1", `endpoint_url = ${endpoint}`, "");
    credentials.push(`[${name}]`, `aws_access_key_id = ${k.id}`, `aws_secret_access_key = ${k.secret}`, "");
  }
  return [...config, ...credentials].join("\n").trimEnd() + "\n";
}

function checkView(s: AttemptState, check: Check): CheckView {
  const latched = s.checks[check.id];
  const view: CheckView = { id: check.id, label: resolveTemplate(check.label, s.ctx), state: latched?.state ?? "pending", reason: latched?.reason };
  if (check.kind === "answer") {
    view.question = resolveTemplate(check.question, s.ctx);
    if (check.choices) view.choices = check.choices.map((c) => resolveTemplate(c, s.ctx));
    if (s.answers[check.id] !== undefined) view.answer = s.answers[check.id];
  }
  return view;
}

export function viewOf(s: AttemptState): LabView {
  const { lab, ctx } = s;
  const done = lab.steps.filter((st) => stepDone(s, st)).length;
  return {
    labId: lab.id,
    version: lab.version,
    title: lab.title,
    goal: resolveTemplate(lab.goal, ctx),
    startedAt: s.row.startedAt.toISOString(),
    ...(s.row.finishedAt ? { finishedAt: s.row.finishedAt.toISOString() } : {}),
    progress: { done, total: lab.steps.length },
    credentials: credentialsOf(ctx),
    cliConfig: cliConfigOf(ctx),
    actors: lab.actors.map((a) => ({
      id: a.id,
      label: a.label,
      description: resolveTemplate(a.description, ctx),
      ...(s.actorResults[a.id] ? { lastResult: s.actorResults[a.id] } : {}),
    })),
    steps: lab.steps.map((st) => {
      const shown = Math.min(s.hintsShown[st.id] ?? 0, st.hints.length);
      return {
        id: st.id,
        title: st.title,
        body: resolveTemplate(st.body, ctx),
        optional: st.optional ?? false,
        done: stepDone(s, st),
        current: st.id === s.row.currentStep,
        checks: st.checks.map((c) => checkView(s, c)),
        hintsShown: st.hints.slice(0, shown).map((h) => resolveTemplate(h, ctx)),
        hintsTotal: st.hints.length,
        ...(s.solutionSteps.includes(st.id) ? { solution: resolveDeep(st.solution, ctx) } : {}),
      };
    }),
    hintsUsed: Object.values(s.hintsShown).reduce((a, b) => a + b, 0),
    solutionViewed: s.solutionSteps.length > 0,
    startUrl: lab.startUrl,
  };
}

// Check evaluation: a pure function of a check (placeholders already resolved), the snapshot and
// the check's window. Each kind answers {pass, reason}; the reason says what was probed and what was
// seen, never what the learner should do or type.
import type { Check, CheckResult, RoleRef } from "../types";
import type { EntityFacts, FactValue, LabSnapshot, ProbeFact, SessionFact, TrailFact } from "./facts";

export interface CheckEnv {
  /** Account key → id. */
  accounts: Record<string, string>;
  /** When the check's window opened; undefined: not open yet (its step is not current, or the `after` check has not passed). */
  windowStart(check: Check): Date | undefined;
  /** What a window that is not open yet waits for, for the reason. */
  waitingFor(check: Check): string;
}

const pass = (reason: string): CheckResult => ({ pass: true, reason });
const fail = (reason: string): CheckResult => ({ pass: false, reason });

export function roleArnOf(ref: RoleRef, accounts: Record<string, string>): string {
  return `arn:aws:iam::${accounts[ref.account ?? "identity"]}:role/${ref.role}`;
}

function roleNameOfSession(principalArn: string): string | undefined {
  return /:assumed-role\/([^/]+)\//.exec(principalArn)?.[1];
}

// ---------------------------------------------------------------- entity

function hasValue(actual: FactValue | FactValue[] | undefined, wanted: FactValue): boolean {
  const norm = (v: FactValue) => (typeof v === "string" ? v.toLowerCase() : v);
  if (Array.isArray(actual)) return actual.some((a) => norm(a) === norm(wanted));
  return actual !== undefined && norm(actual) === norm(wanted);
}

export function evaluateEntity(check: Extract<Check, { kind: "entity" }>, facts: EntityFacts): CheckResult {
  const what = `${check.entity} ${check.name}`;
  const wantsAbsent = check.has?.exists === false;
  if (!facts) return wantsAbsent ? pass(`${what} does not exist`) : fail(`${what} does not exist`);
  if (wantsAbsent) return fail(`${what} still exists`);
  for (const [key, wanted] of Object.entries(check.has ?? {})) {
    if (key === "exists") continue;
    if (!hasValue(facts[key], wanted)) return fail(`${what} exists, but its ${key} does not match yet`);
  }
  return pass(`${what} exists${check.has && Object.keys(check.has).some((k) => k !== "exists") ? " with the expected properties" : ""}`);
}

// ---------------------------------------------------------------- trust / can

const DECIDED: Record<string, (p: ProbeFact) => boolean> = {
  identity: (p) => p.deniedBy === "identity",
  resource: (p) => p.deniedBy === "resource" || p.deniedBy === "trust",
  boundary: (p) => p.deniedBy === "boundary",
  session: (p) => p.deniedBy === "session",
  scp: (p) => p.deniedBy === "scp",
  rcp: (p) => p.deniedBy === "rcp",
  "explicit-deny": (p) => p.explicitDeny === true,
};

export function evaluateProbe(check: Extract<Check, { kind: "trust" | "can" }>, probe: ProbeFact | undefined): CheckResult {
  const side = check.kind === "trust" ? "the trust-policy probe" : `the probe of ${check.action}`;
  if (!probe) return fail(`${side} could not run`);
  if (probe.missing) return fail(`${side} found no decision: ${probe.missing}`);
  const seen = probe.allowed ? "allowed" : "denied";
  if ((check.expect === "allow") !== probe.allowed) return fail(`${side} was ${seen}`);
  if (check.kind === "can" && check.decidedBy && !probe.allowed && !DECIDED[check.decidedBy](probe)) {
    return fail(`${side} was denied, but not by the policy type this check looks for`);
  }
  return pass(`${side} was ${seen}`);
}

// ---------------------------------------------------------------- event

function matchesArn(actual: string | undefined, wanted: string): boolean {
  return actual !== undefined && (actual === wanted || actual.includes(wanted));
}

function paramValue(e: TrailFact, name: string): unknown {
  if (name in e.requestParameters) return e.requestParameters[name];
  const lower = name.toLowerCase();
  const key = Object.keys(e.requestParameters).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : e.requestParameters[key];
}

export function eventMatches(check: Extract<Check, { kind: "event" }>, e: TrailFact, since: Date): boolean {
  if (e.eventTime < since || e.eventName !== check.eventName) return false;
  if (check.result === "Success" ? e.errorCode !== undefined : e.errorCode === undefined) return false;
  if (check.errorCode && e.errorCode !== check.errorCode) return false;
  if (check.by && !matchesArn(e.userArn, check.by) && !matchesArn(e.userName, check.by) && !matchesArn(e.principalId, check.by)) return false;
  if (check.target) {
    const roleArn = paramValue(e, "roleArn");
    // A denied call logs no requestParameters [OBS]: its target is then only in the error message.
    const hit =
      (typeof roleArn === "string" && matchesArn(roleArn, check.target)) ||
      e.resources.some((r) => matchesArn(r, check.target!)) ||
      (e.errorMessage ?? "").includes(check.target);
    if (!hit) return false;
  }
  for (const [name, wanted] of Object.entries(check.params ?? {})) {
    const actual = paramValue(e, name);
    if (wanted === null ? actual !== undefined && actual !== null : String(actual ?? "") !== wanted) return false;
  }
  if (check.userAgent && !(e.userAgent ?? "").startsWith(check.userAgent)) return false;
  return true;
}

export function evaluateEvent(check: Extract<Check, { kind: "event" }>, events: readonly TrailFact[], since: Date, windowText: string): CheckResult {
  const outcome = check.result === "Success" ? "successful" : `failed${check.errorCode ? ` (${check.errorCode})` : ""}`;
  if (events.some((e) => eventMatches(check, e, since))) return pass(`a matching ${outcome} ${check.eventName} call is in the log ${windowText}`);
  const sameName = events.filter((e) => e.eventTime >= since && e.eventName === check.eventName).length;
  return fail(
    sameName === 0
      ? `no ${check.eventName} call in the log ${windowText}`
      : `${sameName} ${check.eventName} call${sameName === 1 ? "" : "s"} ${windowText}, none a matching ${outcome} one`,
  );
}

// ---------------------------------------------------------------- session

/**
 * Where a session window opens: STS issue times are whole seconds (credentials' Expiration is), so a
 * session issued in the same second its step began would otherwise look older than the step.
 * (Events keep their exact time; sessions from before a reset no longer exist.)
 */
export function sessionsSince(since: Date): Date {
  return new Date(Math.floor(since.getTime() / 1000) * 1000);
}

export function sessionMatches(check: Extract<Check, { kind: "session" }>, s: SessionFact, roleAccountId: string, since: Date): boolean {
  if (s.issuedAt < sessionsSince(since) || s.accountId !== roleAccountId || (s.roleName ?? roleNameOfSession(s.principalArn)) !== check.role.role) return false;
  if (check.from && !matchesArn(s.sourcePrincipalArn, check.from)) return false;
  if (check.via && (check.via === "console") !== s.viaConsole) return false;
  if (check.mfa !== undefined && check.mfa !== s.mfa) return false;
  if (check.chainDepth?.min !== undefined && s.chainDepth < check.chainDepth.min) return false;
  if (check.chainDepth?.max !== undefined && s.chainDepth > check.chainDepth.max) return false;
  if (check.duration?.eq !== undefined && s.durationSeconds !== check.duration.eq) return false;
  if (check.duration?.min !== undefined && s.durationSeconds < check.duration.min) return false;
  if (check.duration?.max !== undefined && s.durationSeconds > check.duration.max) return false;
  if (check.sessionName && s.sessionName !== check.sessionName) return false;
  if (check.revoked !== undefined && check.revoked !== s.revoked) return false;
  return true;
}

export function evaluateSession(check: Extract<Check, { kind: "session" }>, sessions: readonly SessionFact[], accounts: Record<string, string>, since: Date, windowText: string): CheckResult {
  const accountId = accounts[check.role.account ?? "identity"];
  if (sessions.some((s) => sessionMatches(check, s, accountId, since))) return pass(`a matching session of ${check.role.role} was issued ${windowText}`);
  const ofRole = sessions.filter((s) => s.issuedAt >= sessionsSince(since) && s.accountId === accountId && (s.roleName ?? roleNameOfSession(s.principalArn)) === check.role.role).length;
  return fail(
    ofRole === 0
      ? `no session of ${check.role.role} was issued ${windowText}`
      : `${ofRole} session${ofRole === 1 ? "" : "s"} of ${check.role.role} ${windowText}, none with the properties this check looks for`,
  );
}

// ---------------------------------------------------------------- answer

export function normalizeAnswer(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

export function evaluateAnswer(check: Extract<Check, { kind: "answer" }>, answer: string | undefined): CheckResult {
  if (answer === undefined || answer.trim() === "") return fail("no answer yet");
  return normalizeAnswer(answer) === normalizeAnswer(check.expect) ? pass("the answer is right") : fail("the answer is not right yet");
}

// ---------------------------------------------------------------- dispatch

function windowText(check: Check): string {
  const w = check.window ?? "lab";
  return w === "lab" ? "since the lab started" : w === "step" ? "since this step began" : `since check "${w.after}" passed`;
}

/** One check (nested all/any/not included): {pass, reason}. Pure. */
export function evaluateCheck(check: Check, snap: LabSnapshot, env: CheckEnv): CheckResult {
  switch (check.kind) {
    case "entity":
      return evaluateEntity(check, snap.entities[check.id] ?? null);
    case "trust":
    case "can":
      return evaluateProbe(check, snap.probes[check.id]);
    case "answer":
      return evaluateAnswer(check, snap.answers[check.id]);
    case "event":
    case "session": {
      const since = env.windowStart(check);
      if (!since) return fail(`waits for ${env.waitingFor(check)}`);
      return check.kind === "event"
        ? evaluateEvent(check, snap.events, since, windowText(check))
        : evaluateSession(check, snap.sessions, env.accounts, since, windowText(check));
    }
    case "all": {
      const results = check.of.map((c) => evaluateCheck(inherit(c, check), snap, env));
      const failed = results.find((r) => !r.pass);
      return failed ? fail(failed.reason) : pass(results.map((r) => r.reason).join("; "));
    }
    case "any": {
      const results = check.of.map((c) => evaluateCheck(inherit(c, check), snap, env));
      const passed = results.find((r) => r.pass);
      return passed ? pass(passed.reason) : fail(results.map((r) => r.reason).join("; "));
    }
    case "not": {
      const r = evaluateCheck(inherit(check.of, check), snap, env);
      return r.pass ? fail(r.reason) : pass(r.reason);
    }
  }
}

/** A nested check without its own window looks at its parent's. */
function inherit(child: Check, parent: Check): Check {
  return child.window || !parent.window ? child : { ...child, window: parent.window };
}

// Each check kind is a pure function of the snapshot: a passing and a failing case per kind, windows,
// nesting, and reasons that describe the probe without giving the answer away.
import { describe, expect, it } from "vitest";
import type { Check } from "../types";
import { evaluateCheck, type CheckEnv } from "./evaluate";
import type { LabSnapshot, SessionFact, TrailFact } from "./facts";

const T0 = new Date("2026-12-07T10:00:00Z");
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const accounts = { identity: "111111111111", workload: "222222222222" };

function env(starts: Record<string, Date | undefined> = {}): CheckEnv {
  return {
    accounts,
    windowStart: (c) => (c.window === undefined || c.window === "lab" ? T0 : starts[typeof c.window === "object" ? c.window.after : "step"]),
    waitingFor: () => "this step to begin",
  };
}

function snap(p: Partial<LabSnapshot> = {}): LabSnapshot {
  return { now: at(600), events: [], sessions: [], entities: {}, probes: {}, answers: {}, ...p };
}

const event = (p: Partial<TrailFact>): TrailFact => ({
  eventTime: at(10),
  eventName: "AssumeRole",
  eventSource: "sts.amazonaws.com",
  accountId: "111111111111",
  requestParameters: {},
  resources: [],
  additionalEventData: {},
  ...p,
});

const session = (p: Partial<SessionFact>): SessionFact => ({
  accountId: "111111111111",
  roleName: "BatchProcessingRole",
  principalArn: "arn:aws:sts::111111111111:assumed-role/BatchProcessingRole/batch",
  sessionName: "batch",
  sourcePrincipalArn: "arn:aws:iam::111111111111:user/alice",
  chainDepth: 0,
  mfa: false,
  viaConsole: false,
  issuedAt: at(20),
  durationSeconds: 3600,
  revoked: false,
  ...p,
});

describe("entity", () => {
  const check: Check = { id: "max", kind: "entity", label: "l", entity: "role", name: "R", has: { maxSessionDuration: 43200, managedPolicy: "AmazonRDSFullAccess" } };
  it("passes when every property matches (lists contain the value)", () => {
    const r = evaluateCheck(check, snap({ entities: { max: { maxSessionDuration: 43200, managedPolicy: ["ReadOnlyAccess", "AmazonRDSFullAccess"] } } }), env());
    expect(r.pass).toBe(true);
  });
  it("fails on a missing entity or a property that does not match, without naming the value", () => {
    expect(evaluateCheck(check, snap({ entities: { max: null } }), env())).toEqual({ pass: false, reason: "role R does not exist" });
    const r = evaluateCheck(check, snap({ entities: { max: { maxSessionDuration: 3600, managedPolicy: ["AmazonRDSFullAccess"] } } }), env());
    expect(r).toEqual({ pass: false, reason: "role R exists, but its maxSessionDuration does not match yet" });
    expect(r.reason).not.toContain("43200");
  });
  it("exists: false passes only when the entity is gone", () => {
    const gone: Check = { id: "g", kind: "entity", label: "l", entity: "user", name: "u", has: { exists: false } };
    expect(evaluateCheck(gone, snap({ entities: { g: null } }), env()).pass).toBe(true);
    expect(evaluateCheck(gone, snap({ entities: { g: { arn: "x" } } }), env()).pass).toBe(false);
  });
});

describe("trust and can", () => {
  const trust: Check = { id: "t", kind: "trust", label: "l", role: { role: "R" }, principal: { user: "alice" }, expect: "deny" };
  it("compares the probe's verdict with the expectation", () => {
    expect(evaluateCheck(trust, snap({ probes: { t: { allowed: false, deniedBy: "trust" } } }), env())).toEqual({ pass: true, reason: "the trust-policy probe was denied" });
    expect(evaluateCheck(trust, snap({ probes: { t: { allowed: true } } }), env())).toEqual({ pass: false, reason: "the trust-policy probe was allowed" });
    expect(evaluateCheck(trust, snap({ probes: { t: { allowed: false, missing: "role R does not exist" } } }), env()).pass).toBe(false);
  });
  it("a can check's decidedBy names the policy type that must have denied", () => {
    const can: Check = { id: "c", kind: "can", label: "l", principal: { roleSession: { role: "AppRole" } }, action: "iam:CreateUser", resource: "*", expect: "deny", decidedBy: "boundary" };
    expect(evaluateCheck(can, snap({ probes: { c: { allowed: false, deniedBy: "boundary" } } }), env()).pass).toBe(true);
    const byIdentity = evaluateCheck(can, snap({ probes: { c: { allowed: false, deniedBy: "identity" } } }), env());
    expect(byIdentity).toEqual({ pass: false, reason: "the probe of iam:CreateUser was denied, but not by the policy type this check looks for" });
    const explicit: Check = { ...can, decidedBy: "explicit-deny" } as Check;
    expect(evaluateCheck(explicit, snap({ probes: { c: { allowed: false, deniedBy: "identity", explicitDeny: true } } }), env()).pass).toBe(true);
    expect(evaluateCheck(explicit, snap({ probes: { c: { allowed: false, deniedBy: "identity" } } }), env()).pass).toBe(false);
  });
});

describe("event", () => {
  const check: Check = {
    id: "e",
    kind: "event",
    label: "l",
    eventName: "AssumeRole",
    target: "arn:aws:iam::111111111111:role/BatchProcessingRole",
    by: "user/alice",
    result: "Failure",
    errorCode: "ValidationError",
    params: { durationSeconds: "43200", externalId: null },
    userAgent: "aws-cli/",
  };
  const matching = event({
    userArn: "arn:aws:iam::111111111111:user/alice",
    errorCode: "ValidationError",
    userAgent: "aws-cli/2.9.19",
    requestParameters: { roleArn: "arn:aws:iam::111111111111:role/BatchProcessingRole", durationSeconds: 43200 },
  });
  it("passes on a record matching name, result, caller, target, parameters and user agent", () => {
    expect(evaluateCheck(check, snap({ events: [matching] }), env()).pass).toBe(true);
  });
  it("fails on any difference, and on records before the window", () => {
    for (const e of [
      { ...matching, errorCode: undefined },
      { ...matching, errorCode: "AccessDenied" },
      { ...matching, userArn: "arn:aws:iam::111111111111:user/admin" },
      { ...matching, requestParameters: { ...matching.requestParameters, durationSeconds: 600 } },
      { ...matching, requestParameters: { ...matching.requestParameters, externalId: "x" } },
      { ...matching, userAgent: "lab-actor/x" },
      { ...matching, eventTime: at(-1) },
    ]) {
      expect(evaluateCheck(check, snap({ events: [e] }), env()).pass).toBe(false);
    }
    expect(evaluateCheck(check, snap({ events: [{ ...matching, errorCode: "AccessDenied" }] }), env()).reason).toBe(
      "1 AssumeRole call since the lab started, none a matching failed (ValidationError) one",
    );
  });
  it("finds a denied call's target in its error message (denied calls log no parameters)", () => {
    const denied: Check = { id: "d", kind: "event", label: "l", eventName: "AssumeRole", target: "role/CrossAccountDeveloperRole", result: "Failure", errorCode: "AccessDenied" };
    const e = event({ errorCode: "AccessDenied", errorMessage: "User: … is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/CrossAccountDeveloperRole" });
    expect(evaluateCheck(denied, snap({ events: [e] }), env()).pass).toBe(true);
    expect(evaluateCheck(denied, snap({ events: [{ ...e, errorMessage: "… role/Other" }] }), env()).pass).toBe(false);
  });
  it("matches a SAML user by name (it has no ARN)", () => {
    const saml: Check = { id: "s", kind: "event", label: "l", eventName: "AssumeRoleWithSAML", by: "jane@corp.example", result: "Success" };
    expect(evaluateCheck(saml, snap({ events: [event({ eventName: "AssumeRoleWithSAML", userName: "jane@corp.example" })] }), env()).pass).toBe(true);
  });
  it("a step or after window that has not opened waits", () => {
    const step: Check = { ...check, window: "step" } as Check;
    expect(evaluateCheck(step, snap({ events: [matching] }), env())).toEqual({ pass: false, reason: "waits for this step to begin" });
    expect(evaluateCheck(step, snap({ events: [matching] }), env({ step: at(5) })).pass).toBe(true);
    expect(evaluateCheck(step, snap({ events: [matching] }), env({ step: at(11) })).pass).toBe(false);
  });
});

describe("session", () => {
  const check: Check = { id: "s", kind: "session", label: "l", role: { role: "BatchProcessingRole" }, from: "user/alice", duration: { eq: 43200 }, via: "api", mfa: false, chainDepth: { max: 0 } };
  it("passes on a session with every property", () => {
    expect(evaluateCheck(check, snap({ sessions: [session({ durationSeconds: 43200 })] }), env()).pass).toBe(true);
  });
  it("fails on another duration, role, account, source, console, MFA, depth or issue time", () => {
    for (const s of [
      session({ durationSeconds: 3600 }),
      session({ durationSeconds: 43200, roleName: "Other" }),
      session({ durationSeconds: 43200, accountId: "222222222222" }),
      session({ durationSeconds: 43200, sourcePrincipalArn: "arn:aws:iam::111111111111:user/admin" }),
      session({ durationSeconds: 43200, viaConsole: true }),
      session({ durationSeconds: 43200, mfa: true }),
      session({ durationSeconds: 43200, chainDepth: 1 }),
      session({ durationSeconds: 43200, issuedAt: at(-5) }),
    ]) {
      expect(evaluateCheck(check, snap({ sessions: [s] }), env()).pass).toBe(false);
    }
    expect(evaluateCheck(check, snap({ sessions: [session({})] }), env()).reason).toBe(
      "1 session of BatchProcessingRole since the lab started, none with the properties this check looks for",
    );
  });
  it("revoked and session names", () => {
    const revoked: Check = { id: "r", kind: "session", label: "l", role: { role: "BatchProcessingRole" }, sessionName: "batch", revoked: true };
    expect(evaluateCheck(revoked, snap({ sessions: [session({ revoked: true })] }), env()).pass).toBe(true);
    expect(evaluateCheck(revoked, snap({ sessions: [session({ revoked: false })] }), env()).pass).toBe(false);
  });
});

describe("answer", () => {
  const check: Check = { id: "a", kind: "answer", label: "l", question: "q", expect: "Identity-based" };
  it("compares case-insensitively after trimming", () => {
    expect(evaluateCheck(check, snap({ answers: { a: "  identity-BASED " } }), env())).toEqual({ pass: true, reason: "the answer is right" });
  });
  it("fails on another or no answer, without revealing the expected one", () => {
    expect(evaluateCheck(check, snap({ answers: { a: "resource-based" } }), env())).toEqual({ pass: false, reason: "the answer is not right yet" });
    expect(evaluateCheck(check, snap(), env())).toEqual({ pass: false, reason: "no answer yet" });
  });
});

describe("all, any, not", () => {
  const yes: Check = { id: "y", kind: "answer", label: "l", question: "q", expect: "yes" };
  const no: Check = { id: "n", kind: "answer", label: "l", question: "q", expect: "no" };
  const answers = { y: "yes", n: "maybe" };
  it("combine their parts", () => {
    expect(evaluateCheck({ id: "all", kind: "all", label: "l", of: [yes, no] }, snap({ answers }), env()).pass).toBe(false);
    expect(evaluateCheck({ id: "all", kind: "all", label: "l", of: [yes] }, snap({ answers }), env()).pass).toBe(true);
    expect(evaluateCheck({ id: "any", kind: "any", label: "l", of: [no, yes] }, snap({ answers }), env()).pass).toBe(true);
    expect(evaluateCheck({ id: "any", kind: "any", label: "l", of: [no] }, snap({ answers }), env()).pass).toBe(false);
    expect(evaluateCheck({ id: "not", kind: "not", label: "l", of: no }, snap({ answers }), env()).pass).toBe(true);
    expect(evaluateCheck({ id: "not", kind: "not", label: "l", of: yes }, snap({ answers }), env()).pass).toBe(false);
  });
  it("a nested check without a window takes its parent's", () => {
    const e: Check = { id: "e", kind: "event", label: "l", eventName: "ListRoles", result: "Success" };
    const parent: Check = { id: "p", kind: "all", label: "l", window: "step", of: [e] };
    const events = [event({ eventName: "ListRoles", eventTime: at(10) })];
    expect(evaluateCheck(parent, snap({ events }), env({ step: at(20) })).pass).toBe(false);
    expect(evaluateCheck(parent, snap({ events }), env({ step: at(5) })).pass).toBe(true);
  });
});

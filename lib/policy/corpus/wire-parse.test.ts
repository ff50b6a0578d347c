// Differential harness (issue #12, "Proof and figures"): every parse case of the corpus goes through
// (a) the pure parser, (b) the real wire (SigV4-signed Query requests, the error's Code and Message read
// from the XML AWS's SDKs read) and
// (c) the console's validation endpoint, and all three must give the same answer: ok, or the same
// code and message. On the wire a case is sent where IAM stores such a document:
//   managed  → CreatePolicy
//   identity → PutRolePolicy (inline; a size case → CreatePolicy, whose limit the corpus's identity cases use)
//   trust    → CreateRole and UpdateAssumeRolePolicy (both must answer alike)
//   boundary → CreatePolicy, then PutRolePermissionsBoundary with it
// Resource, SCP, RCP and session documents are not stored by IAM: they are counted, and the count is
// asserted exactly so a new case type cannot slip past the wire unnoticed. So are the documents the
// API refuses before IAM reads them (an empty text, characters outside the parameter's pattern): the
// wire answers the parameter's ValidationError there, as AWS does, and the parser must refuse them too.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN_111, signedPost, startHarness, type Harness } from "@/lib/wire/testing";
import { caseText, parseCase } from "./parse-case";
import { ZCorpusFile, type TParseCase } from "./schema";

vi.mock("server-only", () => ({}));
// The console's caller is the account's admin user, read from the store as getConsoleState does.
vi.mock("@/lib/auth/get-caller", () => import("@/lib/testing/console-admin-caller"));

const ROOT = import.meta.dirname;
const TARGET_ROLE = "WireParseTarget";
/** Parse cases of policy types IAM does not store: console only, counted by type. */
const EXPECTED_CONSOLE_ONLY: Record<string, number> = { resource: 7, scp: 3, rcp: 2, session: 4 };
/** Cases the wire refuses on the PolicyDocument parameter's own constraints (length, character pattern). */
const EXPECTED_PARAMETER_REFUSALS = 2;
/** Cases are sent this many at a time: one server, kept busy. */
const CONCURRENCY = 8;

function parseCases(dir: string): { file: string; c: TParseCase }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return parseCases(full);
    if (!name.endsWith(".json")) return [];
    const data = ZCorpusFile.parse(JSON.parse(readFileSync(full, "utf8")));
    return data.kind === "parse" ? data.cases.map((c) => ({ file: path.relative(ROOT, full), c })) : [];
  });
}

type Answer = "ok" | { code: string; message: string };

let h: Harness;

const XML_ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };
const unescapeXml = (s: string) => s.replace(/&(?:lt|gt|quot|apos|amp);/g, (e) => XML_ENTITIES[e]);

/** One IAM Query call; the answer is "ok" or the error's Code and Message. */
async function call(action: string, params: Record<string, string>): Promise<{ answer: Answer; text: string }> {
  const body = new URLSearchParams({ Action: action, Version: "2010-05-08", ...params }).toString();
  const res = await signedPost(h.url, ADMIN_111, "iam", body);
  if (res.status === 200) return { answer: "ok", text: res.text };
  const code = /<Code>([^<]*)<\/Code>/.exec(res.text)?.[1] ?? `HTTP ${res.status}`;
  const message = /<Message>([^<]*)<\/Message>/.exec(res.text)?.[1] ?? "";
  return { answer: { code: unescapeXml(code), message: unescapeXml(message) }, text: res.text };
}

beforeAll(async () => {
  h = await startHarness();
  const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] };
  const created = await call("CreateRole", { RoleName: TARGET_ROLE, AssumeRolePolicyDocument: JSON.stringify(trust) });
  expect(created.answer).toBe("ok");
  // IAM refuses a trust policy naming a role that does not exist; the corpus's trust cases name this one.
  const named = await call("CreateRole", { RoleName: "Dev", Path: "/team/", AssumeRolePolicyDocument: JSON.stringify(trust) });
  expect(named.answer).toBe("ok");
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** Where IAM stores a document of this case's type, or undefined when it stores none. */
async function wire(c: TParseCase, n: number): Promise<Answer | undefined> {
  const text = caseText(c);
  const expectsLimit = "error" in c.expect && c.expect.error.code === "LimitExceeded";
  switch (c.type) {
    case "managed":
      return (await call("CreatePolicy", { PolicyName: `wp${n}`, PolicyDocument: text })).answer;
    case "identity":
      // The corpus's identity size limit is the managed one (6,144); inline policies share a larger per-role budget.
      // One policy name: each case replaces the last, so the role's aggregate inline budget never fills.
      if (expectsLimit) return (await call("CreatePolicy", { PolicyName: `wp${n}`, PolicyDocument: text })).answer;
      return (await call("PutRolePolicy", { RoleName: TARGET_ROLE, PolicyName: "inline", PolicyDocument: text })).answer;
    case "trust": {
      // Both doors that take a trust policy must answer alike.
      const [created, updated] = await Promise.all([
        call("CreateRole", { RoleName: `wr${n}`, AssumeRolePolicyDocument: text }),
        call("UpdateAssumeRolePolicy", { RoleName: TARGET_ROLE, PolicyDocument: text }),
      ]);
      const same = JSON.stringify(created.answer) === JSON.stringify(updated.answer);
      return same ? created.answer : { code: "CreateRole≠UpdateAssumeRolePolicy", message: `${JSON.stringify(created.answer)} / ${JSON.stringify(updated.answer)}` };
    }
    case "boundary": {
      const created = await call("CreatePolicy", { PolicyName: `wb${n}`, PolicyDocument: text });
      if (created.answer !== "ok") return created.answer;
      const arn = unescapeXml(/<Arn>([^<]*)<\/Arn>/.exec(created.text)?.[1] ?? "");
      return (await call("PutRolePermissionsBoundary", { RoleName: TARGET_ROLE, PermissionsBoundary: arn })).answer;
    }
    default:
      return undefined;
  }
}

async function consoleAnswer(c: TParseCase): Promise<Answer> {
  const { POST } = await import("@/app/api/console/policy-validation/route");
  const body = { document: caseText(c), policyType: c.type === "managed" ? "identity" : c.type, managed: c.type === "managed" };
  const req = new NextRequest("http://localhost:3000/api/console/policy-validation", {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000", host: "localhost:3000" },
    body: JSON.stringify(body),
  });
  const res = await POST(req, { params: Promise.resolve({}) });
  const json = (await res.json()) as { error: { code: string; message: string } | null };
  return json.error ? { code: json.error.code, message: json.error.message } : "ok";
}

describe("parse corpus: pure parser = wire = console", () => {
  it("gives one answer per case on all three paths", async () => {
    const cases = parseCases(ROOT);
    const mismatches: string[] = [];
    const consoleOnly: Record<string, number> = {};
    let parameterRefusals = 0;
    const check = async ({ file, c }: (typeof cases)[number], n: number) => {
      const r = parseCase(c);
      const pure: Answer = r.ok ? "ok" : { code: r.error.code, message: r.error.message };
      const [overWire, viaConsole] = await Promise.all([wire(c, n), consoleAnswer(c)]);
      let wireAgrees = overWire === undefined || JSON.stringify(overWire) === JSON.stringify(pure);
      if (overWire === undefined) consoleOnly[c.type] = (consoleOnly[c.type] ?? 0) + 1;
      else if (overWire !== "ok" && overWire.code === "ValidationError" && /at '\w*policyDocument' failed to satisfy constraint/i.test(overWire.message)) {
        parameterRefusals++;
        wireAgrees = pure !== "ok";
      }
      if (!wireAgrees || JSON.stringify(viaConsole) !== JSON.stringify(pure)) {
        mismatches.push(`${file} › ${c.name}: pure ${JSON.stringify(pure)} wire ${JSON.stringify(overWire)} console ${JSON.stringify(viaConsole)}`);
      }
    };
    for (let i = 0; i < cases.length; i += CONCURRENCY) {
      await Promise.all(cases.slice(i, i + CONCURRENCY).map((entry, k) => check(entry, i + k)));
    }
    expect(mismatches).toEqual([]);
    expect(consoleOnly).toEqual(EXPECTED_CONSOLE_ONLY);
    expect(parameterRefusals).toBe(EXPECTED_PARAMETER_REFUSALS);
    const offWire = Object.values(consoleOnly).reduce((a, b) => a + b, 0);
    console.info(`wire-parse: ${cases.length} parse cases; ${cases.length - offWire} on the wire (${parameterRefusals} refused by the parameter's constraints) and the console; ${offWire} on the console only`);
  }, 300_000);
});

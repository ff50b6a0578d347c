// Runs every JSON case under lib/policy/corpus/**: decisions, policy grammar, and the request context
// a caller gets. Each file is validated against the strict schema first, so a malformed case fails
// instead of silently passing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessDeniedMessage, denialContext, evaluate } from "../index";
import { callerContext } from "@/lib/authz/context";
import type { Caller } from "@/lib/authz/caller";
import { CORPUS_ROOT as ROOT, corpusFiles, engineRequest as buildRequest } from "./load";
import { parseCase } from "./parse-case";
import { ZCorpusFile, type TContextCase, type TEvaluateCase, type TParseCase } from "./schema";

function runEvaluate(c: TEvaluateCase) {
  const req = buildRequest(c);
  const res = evaluate(req);
  expect(res.decision).toBe(c.expect.decision);
  if (c.expect.deniedBy) expect(res.deniedBy).toBe(c.expect.deniedBy);
  if (c.expect.decision === "Allowed") expect(res.deniedBy).toBeUndefined();
  if (c.expect.message !== undefined) expect(accessDeniedMessage(req, res)).toBe(c.expect.message);
  if (c.expect.context !== undefined) expect(denialContext(res)).toBe(c.expect.context);
  // Explaining must never change the decision.
  const explained = evaluate(req, { explain: true });
  expect(explained.decision).toBe(res.decision);
  expect(explained.deniedBy).toBe(res.deniedBy);
}

function runParse(c: TParseCase) {
  const r = parseCase(c);
  if ("ok" in c.expect) expect(r.ok ? "ok" : r.error).toBe("ok");
  else expect(r.ok ? "ok" : r.error).toEqual(c.expect.error);
}

// A source is AWS's own word: a documentation page (global or China partition), the archived
// awsdocs guides on GitHub, or an SDK's service model.
const SOURCE_HOSTS =
  /^https:\/\/(docs\.aws\.amazon\.com|docs\.amazonaws\.cn)\/|^https:\/\/github\.com\/(awsdocs|aws\/api-models-aws|aws\/aws-sdk-[\w-]+|boto\/botocore)\//;

function runContext(c: TContextCase) {
  const { session, mfaAuthenticatedAt, ...rest } = c.caller;
  const caller: Caller = {
    ...rest,
    mfaAuthenticatedAt: mfaAuthenticatedAt ? new Date(mfaAuthenticatedAt) : undefined,
    session: session && {
      accessKeyId: "ASIACORPUSEXAMPLE",
      name: session.name,
      issuedAt: new Date(session.issuedAt),
      expiresAt: new Date(Date.parse(session.issuedAt) + 3600_000),
      sessionPolicyArns: [],
    },
  };
  const context = callerContext(caller, new Date(c.now));
  const actual = Object.fromEntries(Object.keys(c.expect).map((k) => [k, context[k] ?? null]));
  expect(actual).toEqual(c.expect);
}

const files = corpusFiles();
let total = 0;
const perTopic = new Map<string, { cases: number; pages: Set<string> }>();

for (const file of files) {
  const rel = path.relative(ROOT, file);
  const parsed = ZCorpusFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  describe(rel, () => {
    if (!parsed.success) {
      it("matches the corpus schema", () => expect(parsed.error.issues).toEqual([]));
      return;
    }
    const data = parsed.data;
    total += data.cases.length;
    const topic = rel.split(path.sep)[0];
    const tally = perTopic.get(topic) ?? { cases: 0, pages: new Set<string>() };
    perTopic.set(topic, tally);
    tally.cases += data.cases.length;
    for (const c of data.cases) tally.pages.add(c.source.split("#")[0]);
    it("cites AWS documentation for every case", () => {
      const foreign = data.cases.filter((c) => !SOURCE_HOSTS.test(c.source)).map((c) => `${c.name}: ${c.source}`);
      expect(foreign).toEqual([]);
    });
    it("has unique case names", () => {
      const names = data.cases.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
    });
    if (data.kind === "evaluate") for (const c of data.cases) it(c.name, () => runEvaluate(c));
    else if (data.kind === "parse") for (const c of data.cases) it(c.name, () => runParse(c));
    else for (const c of data.cases) it(c.name, () => runContext(c));
  });
}

describe("corpus", () => {
  it("exists", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(0);
  });
  it("summarises cases and cited pages per topic", () => {
    const rows = [...perTopic].sort(([a], [b]) => a.localeCompare(b));
    const lines = rows.map(([topic, t]) => `${topic.padEnd(12)} ${String(t.cases).padStart(4)} cases  ${t.pages.size} pages`);
    console.log(`policy corpus: ${total} cases in ${files.length} files\n${lines.join("\n")}`);
    expect(rows.reduce((n, [, t]) => n + t.cases, 0)).toBe(total);
  });
});

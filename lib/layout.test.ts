// The layout issue #13 left behind, enforced on the source: the wire glue lives in lib/wire, so
// lib/sts (the simulator) imports neither the Query protocol, the wire, nor the console's auth;
// IAM entities live in lib/iam/<entity>/ folders; the IAM name rule is written once
// (lib/iam/name-rules.ts); dependents of a deleted principal go through lib/iam/cascade.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

const files = [...sources("lib"), ...sources("app"), ...sources("components")];
const text = (f: string) => readFileSync(path.join(ROOT, f), "utf8");
const matching = (re: RegExp, among = files) => among.filter((f) => re.test(text(f)));

describe("layout", () => {
  it("keeps lib/sts free of the Query protocol, the wire glue and the console's auth", () => {
    const sts = files.filter((f) => f.startsWith("lib/sts/"));
    expect(matching(/from\s+["']@\/lib\/(aws-query|wire|auth\/)/, sts)).toEqual([]);
  });

  it("writes the IAM name pattern in one module", () => {
    const literal = /\/\^\[\\w\+=,\.@-\]\+\$\/|["']\[\\\\w\+=,\.@-\][+*]["']/;
    expect(matching(literal)).toEqual(["lib/iam/name-rules.ts"]);
  });

  it("deletes principals' dependents only in the cascade module", () => {
    expect(matching(/policyAttachment\.deleteMany\(\{\s*where:\s*\{\s*principalType/)).toEqual(["lib/iam/cascade.ts"]);
  });
});

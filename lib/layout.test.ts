// The layout issue #13 left behind, enforced on the source: the wire glue lives in lib/wire, so
// lib/sts (the simulator) imports neither the Query protocol, the wire, nor the console's auth;
// IAM entities live in lib/iam/<entity>/ folders; the IAM name rule is written once
// (lib/iam/name-rules.ts); dependents of a deleted principal go through lib/iam/cascade.ts.
import { describe, expect, it } from "vitest";
import { sourceFiles, sourceText } from "@/lib/testing/source-files";

const files = [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components")];
const matching = (re: RegExp, among = files) => among.filter((f) => re.test(sourceText(f)));

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

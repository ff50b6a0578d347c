// Issue #10 item 4 on the wire: malformed Query input (bad percent-escapes, invalid UTF-8, the
// 3-byte form of a UTF-16 surrogate) in any parameter is the client's fault, answered with a 4xx
// AWS error, never a 500. The form decoder keeps a bad escape literal and turns invalid UTF-8
// into U+FFFD, so names fail IAM's character patterns (ValidationError) and documents fail the
// policy grammar (MalformedPolicyDocument); nothing ill-formed reaches the database.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, signedPost, startHarness, type Harness } from "@/lib/wire/testing";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(() => h.close());

const DOC = encodeURIComponent(JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] }));
const TRUST = encodeURIComponent(JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] }));

/** A signed Query call whose body is sent byte for byte as written (escapes included). */
function call(service: "iam" | "sts", body: string): Promise<{ status: number; text: string }> {
  return signedPost(h.url, ADMIN_111, service, body);
}

const iam = (params: string) => call("iam", `Version=2010-05-08&${params}`);
const code = (text: string) => /<Code>([^<]+)<\/Code>/.exec(text)?.[1];

// https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html — ValidationError / MalformedPolicyDocument are 400s.
describe("malformed escapes on the wire", () => {
  const bad = ["%ZZ", "%ED%A0%80", "%FF%FE", "%C0%AF", "%"];
  const cases: Array<{ name: string; body: (x: string) => string; codes: string[] }> = [
    { name: "CreateRole RoleName", body: (x) => `Action=CreateRole&RoleName=r${x}&AssumeRolePolicyDocument=${TRUST}`, codes: ["ValidationError"] },
    { name: "CreateUser UserName", body: (x) => `Action=CreateUser&UserName=u${x}`, codes: ["ValidationError"] },
    { name: "CreatePolicy PolicyName", body: (x) => `Action=CreatePolicy&PolicyName=p${x}&PolicyDocument=${DOC}`, codes: ["ValidationError"] },
    // In an element name (an action name may hold any text, as in AWS); U+FFFD fails the document pattern first.
    { name: "CreatePolicy PolicyDocument", body: (x) => `Action=CreatePolicy&PolicyName=p&PolicyDocument=${DOC.replace("Effect", `Eff${x}ect`)}`, codes: ["MalformedPolicyDocument", "ValidationError"] },
    { name: "AttachUserPolicy PolicyArn", body: (x) => `Action=AttachUserPolicy&UserName=alice&PolicyArn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2F${x}`, codes: ["ValidationError", "InvalidInput", "NoSuchEntity"] },
    { name: "PutRolePermissionsBoundary", body: (x) => `Action=PutRolePermissionsBoundary&RoleName=r&PermissionsBoundary=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2F${x}`, codes: ["ValidationError", "InvalidInput", "NoSuchEntity"] },
  ];
  for (const c of cases) {
    it(`${c.name}: 4xx, never 500`, async () => {
      for (const x of bad) {
        const res = await iam(c.body(x));
        expect(res.status, `${x}: ${res.text}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${x}: ${res.text}`).toBeLessThan(500);
        expect(c.codes, `${x}: ${res.text}`).toContain(code(res.text));
      }
    });
  }

  it("AssumeRole with a malformed session name answers ValidationError", async () => {
    const res = await call("sts", `Version=2011-06-15&Action=AssumeRole&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2Fx&RoleSessionName=s%ED%A0%80`);
    expect(res.status, res.text).toBe(400);
    expect(code(res.text)).toBe("ValidationError");
  });

  it("seeded: random escapes in any parameter of a few actions never answer 5xx", async () => {
    const escape = fc.oneof(
      fc.constantFrom("%ZZ", "%", "%ED%A0%80", "%ED%BF%BF", "%F4%90%80%80", "%C0%80", "%FF", "%00", "%2B", "+", "&", "="),
      fc.uint8Array({ minLength: 1, maxLength: 4 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")),
    );
    const value = fc.array(fc.oneof(escape, fc.string({ maxLength: 6 }).map(encodeURIComponent)), { maxLength: 5 }).map((parts) => parts.join(""));
    const request = fc.record({
      action: fc.constantFrom("CreateRole", "CreateUser", "GetRole", "TagRole", "CreatePolicy", "AttachRolePolicy", "PutRolePolicy", "UpdateAssumeRolePolicy", "ListRoles"),
      names: fc.array(fc.constantFrom("RoleName", "UserName", "PolicyName", "PolicyArn", "PolicyDocument", "AssumeRolePolicyDocument", "PathPrefix", "Tags.member.1.Key", "Tags.member.1.Value", "Marker"), { minLength: 1, maxLength: 4 }),
      values: fc.array(value, { minLength: 4, maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ action, names, values }) => {
        const body = `Action=${action}&` + names.map((n, i) => `${n}=${values[i]}`).join("&");
        const res = await iam(body);
        expect(res.status, `${body}: ${res.text}`).toBeLessThan(500);
      }),
      { seed: 10, numRuns: 150 },
    );
  }, 60_000);
});

// Issue #10 item 4: malformed input is the client's fault, answered 4xx with an AWS-shaped error,
// never a 500: bad percent-encoding in a path (Next fails those before any route code runs) and
// JSON strings holding an unpaired UTF-16 surrogate ("x\ud800y" is valid JSON, but SQLite cannot
// store it and Prisma fails with PrismaClientUnknownRequestError).
import { expect, test, type APIResponse } from "@playwright/test";
import { consoleFetch, consoleRoutes, fillRoute, signInApi } from "./support/console-api";
import { SANDBOX } from "./support/sign-in";

async function expectAwsError(res: APIResponse, status: number, codes: string[]) {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  const { error } = JSON.parse(text) as { error: { code: string; message: string; requestId: string } };
  expect(codes, text).toContain(error.code);
  expect(error.requestId).toEqual(expect.any(String));
}

const dynamicRoutes = consoleRoutes().filter((r) => r.params.length > 0);

test.describe("bad percent-encoding in a console path", () => {
  for (const bad of ["%ZZ", "%ED%A0%80", "a%"]) {
    test(`${bad} in every dynamic route answers 400 ValidationError, signed in or not`, async ({ playwright, request, baseURL }) => {
      expect(dynamicRoutes.length).toBeGreaterThan(10);
      const anonymous = await playwright.request.newContext({ baseURL });
      await signInApi(request);
      for (const route of dynamicRoutes) {
        const path = fillRoute(route.pattern, () => bad);
        for (const method of route.methods) {
          await expectAwsError(await consoleFetch(anonymous, baseURL, { method, path }), 400, ["ValidationError"]);
          await expectAwsError(await consoleFetch(request, baseURL, { method, path }), 400, ["ValidationError"]);
        }
      }
      await anonymous.dispose();
    });
  }

  test("console pages with a bad escape answer 400, not 500", async ({ request }) => {
    for (const path of ["/iam/roles/%ZZ", "/iam/users/%ED%A0%80", "/iam/policies/details/%ZZ"]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(400);
    }
  });
});

test.describe("unpaired surrogates in console JSON", () => {
  const role = `surrogate-role-${Date.now().toString(36)}`;
  // Trusts the account, so switching into it passes the trust check and reaches the display name.
  const trust = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${SANDBOX.identity}:root` }, Action: "sts:AssumeRole" }] });
  const doc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] });
  const LONE = "x\ud800y";

  test.beforeEach(async ({ request, baseURL }) => {
    await signInApi(request);
    const res = await consoleFetch(request, baseURL, { method: "POST", path: "/api/console/roles", body: { roleName: role, assumeRolePolicyDocument: trust } });
    expect([200, 409]).toContain(res.status());
  });

  const cases: Array<{ name: string; method: string; path: string; body: Record<string, unknown>; codes?: string[] }> = [
    { name: "group name", method: "POST", path: "/api/console/groups", body: { groupName: LONE } },
    { name: "user name", method: "POST", path: "/api/console/users", body: { userName: LONE } },
    { name: "group member name", method: "POST", path: "/api/console/users/alice/groups", body: { groupNames: [LONE] } },
    { name: "policy name", method: "POST", path: "/api/console/policies", body: { policyName: LONE, policyDocument: doc } },
    { name: "policy description", method: "POST", path: "/api/console/policies", body: { policyName: "p-surrogate", description: LONE, policyDocument: doc } },
    {
      name: "policy document",
      method: "POST",
      path: "/api/console/policies",
      body: { policyName: "p-surrogate-doc", policyDocument: doc.replace("s3:ListAllMyBuckets", LONE) },
      codes: ["MalformedPolicyDocument"],
    },
    { name: "role name", method: "POST", path: "/api/console/roles", body: { roleName: LONE, assumeRolePolicyDocument: trust } },
    { name: "role boundary at creation", method: "POST", path: "/api/console/roles", body: { roleName: "r-surrogate", assumeRolePolicyDocument: trust, permissionsBoundary: `arn:aws:iam::aws:policy/${LONE}` } },
    { name: "role tag", method: "POST", path: "/api/console/roles", body: { roleName: "r-surrogate-tag", assumeRolePolicyDocument: trust, tags: [{ Key: LONE, Value: "v" }] } },
    { name: "policy ARN to attach to a user", method: "POST", path: "/api/console/users/alice/policies", body: { policyArns: [`arn:aws:iam::${SANDBOX.identity}:policy/${LONE}`] } },
    { name: "policy ARN to attach to a group", method: "POST", path: "/api/console/groups/Developers/policies", body: { policyArns: [`arn:aws:iam::aws:policy/${LONE}`] } },
    { name: "boundary ARN", method: "PUT", path: `/api/console/roles/${role}/boundary`, body: { policyArn: `arn:aws:iam::aws:policy/${LONE}` } },
    { name: "inline policy name", method: "POST", path: `/api/console/roles/${role}/inline-policies`, body: { policyName: LONE, policyDocument: doc } },
    { name: "trust policy", method: "PUT", path: `/api/console/roles/${role}/trust-policy`, body: { policyDocument: trust.replace("sts:AssumeRole", LONE) }, codes: ["MalformedPolicyDocument"] },
    { name: "switch-role account", method: "POST", path: "/api/console/switch-role", body: { account: LONE, roleName: role } },
    { name: "switch-role role name", method: "POST", path: "/api/console/switch-role", body: { account: SANDBOX.identity, roleName: LONE } },
    { name: "switch-role display name", method: "POST", path: "/api/console/switch-role", body: { account: SANDBOX.identity, roleName: role, displayName: LONE } },
    { name: "a key", method: "POST", path: "/api/console/groups", body: { groupName: "g", [LONE]: 1 } },
  ];
  for (const c of cases) {
    test(`in the ${c.name}: 400 ${(c.codes ?? ["ValidationError"]).join("/")}`, async ({ request, baseURL }) => {
      // JSON.stringify writes a lone surrogate as the escape "\ud800": the text on the wire is valid JSON.
      const raw = JSON.stringify(c.body);
      expect(raw).toContain("\\ud800");
      await expectAwsError(await consoleFetch(request, baseURL, { method: c.method, path: c.path, raw }), 400, c.codes ?? ["ValidationError"]);
    });
  }
});

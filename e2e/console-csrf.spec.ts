// Issue #10 item 3: console changes only from the console itself. A page on another origin of the
// same site (cookies are SameSite=Lax, so they ride along) must not be able to change anything,
// whatever it sends; the console's own JSON calls keep working. next-auth's sign-in/sign-out
// POSTs carry their own double-submit CSRF token.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { consoleFetch, ownOrigin, signInApi } from "./support/console-api";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const ADMIN_POLICY = "arn:aws:iam::aws:policy/AdministratorAccess";
const ATTACK_BODY = JSON.stringify({ policyArns: [ADMIN_POLICY] });

async function newVictim(request: APIRequestContext, baseURL: string | undefined, tag: string): Promise<string> {
  const userName = `csrf-${tag}-${Date.now().toString(36)}`;
  const res = await consoleFetch(request, baseURL, { method: "POST", path: "/api/console/users", body: { userName } });
  expect(res.status(), await res.text()).toBe(200);
  return userName;
}

async function attachedArns(request: APIRequestContext, userName: string): Promise<string[]> {
  const res = await request.get(`/api/console/users/${userName}/policies`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { AttachedPolicies: Array<{ PolicyArn: string }> }).AttachedPolicies.map((p) => p.PolicyArn);
}

/** An attacker's page on another port of localhost: same site, other origin. */
async function attackerSite(html: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}

test("an auto-submitted text/plain form from another origin of the same site changes nothing", async ({ page, baseURL }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  const victim = await newVictim(page.request, baseURL, "form");
  // text/plain sends `name=value`; a duplicate key swallows the "=" so the body is valid JSON whose
  // last policyArns wins: {"policyArns":"=","policyArns":["…AdministratorAccess"]}.
  const name = `{"policyArns":"`;
  const value = `","policyArns":["${ADMIN_POLICY}"]}`;
  const target = `${ownOrigin(baseURL)}/api/console/users/${victim}/policies`;
  const attacker = await attackerSite(
    `<form method="POST" enctype="text/plain" action="${target}"><input type="hidden" name='${name}' value='${value}'></form><script>document.forms[0].submit()</script>`,
  );
  try {
    const answered = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST");
    await page.goto(attacker.origin);
    const res = await answered;
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe("AccessDenied");
  } finally {
    attacker.server.close();
  }
  expect(await attachedArns(page.request, victim)).not.toContain(ADMIN_POLICY);
});

test.describe("console mutations need same-origin JSON", () => {
  test.beforeEach(async ({ request }) => signInApi(request));

  const JSON_TYPE = { "content-type": "application/json" };
  const attempts: Array<{ name: string; headers: (own: string) => Record<string, string> }> = [
    { name: "text/plain from the console's own origin", headers: (own) => ({ "content-type": "text/plain", origin: own }) },
    { name: "urlencoded from the console's own origin", headers: (own) => ({ "content-type": "application/x-www-form-urlencoded", origin: own }) },
    { name: "JSON from another origin of the same site", headers: () => ({ ...JSON_TYPE, origin: "http://localhost:8081" }) },
    { name: "JSON from another site", headers: () => ({ ...JSON_TYPE, origin: "https://evil.example" }) },
    { name: "JSON from an opaque origin", headers: () => ({ ...JSON_TYPE, origin: "null" }) },
    { name: "JSON with neither Origin nor Sec-Fetch-Site", headers: () => JSON_TYPE },
    { name: "JSON from a same-site page without Origin", headers: () => ({ ...JSON_TYPE, "sec-fetch-site": "same-site" }) },
    { name: "JSON claiming a forwarded host", headers: () => ({ ...JSON_TYPE, origin: "https://evil.example", "x-forwarded-host": "evil.example" }) },
  ];
  for (const attempt of attempts) {
    test(`refused: ${attempt.name}`, async ({ request, baseURL }) => {
      const victim = await newVictim(request, baseURL, "api");
      const res = await request.post(`/api/console/users/${victim}/policies`, { headers: attempt.headers(ownOrigin(baseURL)), data: ATTACK_BODY });
      expect(res.status()).toBe(403);
      const { error } = await res.json();
      expect(error).toMatchObject({ code: "AccessDenied", requestId: expect.any(String) });
      expect(await attachedArns(request, victim)).toEqual([]);
    });
  }

  test("refused before the session is read: an unauthenticated forged call is 403, not 401", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const res = await anonymous.delete("/api/console/switch-role", { headers: { "content-type": "text/plain", origin: "http://localhost:8081" } });
    expect(res.status()).toBe(403);
    await anonymous.dispose();
  });

  test("the console's own calls still work, with Origin or with Sec-Fetch-Site: same-origin", async ({ request, baseURL }) => {
    const victim = await newVictim(request, baseURL, "ok");
    const res = await request.post(`/api/console/users/${victim}/policies`, {
      headers: { "content-type": "application/json; charset=utf-8", "sec-fetch-site": "same-origin" },
      data: ATTACK_BODY,
    });
    expect(res.status(), await res.text()).toBe(200);
    expect(await attachedArns(request, victim)).toEqual([ADMIN_POLICY]);
    const detach = await consoleFetch(request, baseURL, { method: "DELETE", path: `/api/console/users/${victim}/policies?policyArn=${encodeURIComponent(ADMIN_POLICY)}` });
    expect(detach.status()).toBe(200);
    expect(await attachedArns(request, victim)).toEqual([]);
  });
});

test.describe("next-auth's own POSTs need its CSRF token", () => {
  test("a credentials sign-in without the token signs nobody in", async ({ request }) => {
    const res = await request.post("/api/auth/callback/credentials", {
      form: { type: "iam", account: SANDBOX.identity, userName: "admin", password: SANDBOX.adminPassword, json: "true" },
      headers: { origin: "http://localhost:8081" },
      maxRedirects: 0,
    });
    // next-auth answers a missing/wrong token by sending the client back to sign-in with csrf=true.
    expect(res.headers()["location"] ?? (await res.text())).toContain("csrf=true");
    expect(await (await request.get("/api/auth/session")).json()).toEqual({});
  });

  test("a sign-out without the token leaves the session alone", async ({ request }) => {
    await signInApi(request);
    await request.post("/api/auth/signout", { form: { json: "true" }, headers: { origin: "http://localhost:8081" }, maxRedirects: 0 });
    const session = (await (await request.get("/api/auth/session")).json()) as { identity?: { name?: string } };
    expect(session.identity?.name).toBe("admin");
  });
});

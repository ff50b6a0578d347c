// Journey: the browser-facing edges of the sandbox (#10 items 8 and 9). A crafted sign-in link must
// not carry a signed-in user to another host; every page, console API and wire answer carries the
// security headers; and the CSP they set still lets Monaco and its web workers run on the Create
// role trust editor. Silently breaks if the callbackUrl check is loosened, a header goes missing,
// or the CSP starts blocking the editor (Monaco then falls back to the main thread and only warns).
import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { SANDBOX, accountMenu, signInAsIamUser, submitIamUser } from "./support/sign-in";

const ATTACKS = [
  "/%5Clocalhost:8081/phish", // as reported: browsers read /\ as //
  "/%09/localhost:8081/phish", // a tab, stripped by URL parsers
  "//localhost:8081/phish",
  "https://localhost:8081/phish",
];

for (const callbackUrl of ATTACKS) {
  test(`signing in from /signin?callbackUrl=${callbackUrl} stays on the console's origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await expect(page.locator("form[data-hydrated]")).toBeVisible();
    await submitIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await expect(accountMenu(page, "Account menu: admin")).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
    expect(new URL(page.url()).pathname).toBe("/iam");
  });
}

test("a same-origin callbackUrl is still followed after sign-in", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Fiam%2Froles");
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await submitIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await expect(page).toHaveURL(/\/iam\/roles$/);
});

function headersOf(r: Response | APIResponse): Record<string, string> {
  return r.headers();
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], what).toBe("DENY");
}

/** Collects CSP violations (DOM events) and console messages about CSP or a failed worker. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|web worker|securitypolicyviolation/i.test(m.text())) messages.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => {
    if (/Content Security Policy|worker/i.test(e.message)) messages.push(`pageerror: ${e.message}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test("security headers on a page, a console API and the wire; Monaco runs under the CSP", async ({ page, baseURL }) => {
  const violations = await watchCsp(page);
  const origin = new URL(baseURL!).origin;

  await test.step("sign in; the sign-in page itself carries the headers", async () => {
    const signin = await page.goto("/signin");
    const headers = headersOf(signin!);
    expectSecurityHeaders(headers, "/signin");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval"); // production build
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  });

  await test.step("Create role > Custom trust policy: Monaco and its workers load under the CSP", async () => {
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    const created = await page.goto("/iam/roles/create");
    expectSecurityHeaders(headersOf(created!), "/iam/roles/create");
    await page.getByRole("radio", { name: /^Custom trust policy/ }).check();
    const editor = page.locator("[data-testid=policy-editor][data-ready]");
    await expect(editor).toBeVisible({ timeout: 30_000 });
    await editor.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText('{"Version": "2012-10-17", "Statement": []}');
    await expect(editor.locator(".view-lines")).toContainText('"Statement"');
    // The JSON language worker starts once the model has text: same-origin script, not a fallback.
    await expect.poll(() => workers.length, { timeout: 15_000 }).toBeGreaterThan(0);
    for (const url of workers) expect(url.startsWith(origin) || url.startsWith("blob:"), url).toBe(true);
    expect(await violations()).toEqual([]);
  });

  await test.step("a console API answer carries the headers", async () => {
    const api = await page.request.get("/api/console/users");
    expect(api.status()).toBe(200);
    expectSecurityHeaders(headersOf(api), "/api/console/users");
  });

  await test.step("the wire endpoint (served without Next) carries nosniff and frame-ancestors", async () => {
    const wire = await page.request.post("/api/aws", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "Action=GetCallerIdentity&Version=2011-06-15",
    });
    expect(wire.status()).toBe(403);
    expectSecurityHeaders(headersOf(wire), "/api/aws");
  });

  await test.step("an oversized console JSON body is refused with 413", async () => {
    const big = await page.request.post("/api/console/users", {
      headers: { "content-type": "application/json", origin },
      data: JSON.stringify({ userName: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(big.status()).toBe(413);
    expect((await big.json()).error.code).toBe("RequestEntityTooLarge");
    // next-auth's sign-in POST is unauthenticated: a sign-in form is a few hundred bytes.
    const signIn = await page.request.post("/api/auth/callback/credentials", {
      headers: { "content-type": "application/x-www-form-urlencoded", origin },
      data: `password=${"x".repeat(128 * 1024)}`,
    });
    expect(signIn.status()).toBe(413);
  });
});

// Journey: the Roles list stays light. It must load no Monaco code (the editor belongs to the wizard
// and detail pages), and its search must be answered by the server (a request per settled search),
// not by filtering one page in the browser. Timings are measured by `npm run bench:console` with
// 5,000 roles; this spec only guards the two properties that would regress silently.
import { expect, test } from "@playwright/test";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

test("the Roles list loads no Monaco code and searches on the server", async ({ page }) => {
  const monaco: string[] = [];
  const searches: string[] = [];
  page.on("response", (r) => {
    if (/monaco|editor\.worker/i.test(r.url())) monaco.push(r.url());
    const url = new URL(r.url());
    if (url.pathname === "/api/console/roles" && url.searchParams.get("search")) searches.push(url.searchParams.get("search")!);
  });

  await test.step("open the Roles list", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto("/iam/roles");
    await expect(page.getByRole("table", { name: "Roles" }).getByRole("link").first()).toBeVisible();
  });

  await test.step("search reaches the server and narrows the rows", async () => {
    await page.getByLabel("Search roles").fill("Support");
    await expect(page.getByRole("table", { name: "Roles" }).getByRole("link", { name: "AWSServiceRoleForSupport" })).toBeVisible();
    await expect.poll(() => searches).toContain("Support");
    await expect(page.getByRole("table", { name: "Roles" }).getByRole("link", { name: "AWSServiceRoleForECS" })).toHaveCount(0);
  });

  await test.step("no Monaco chunk or worker was requested", async () => {
    await page.waitForLoadState("networkidle");
    expect(monaco).toEqual([]);
  });
});

// Create role → Custom trust policy, as a demo drives it (docs/demo-names.md): wait until the editor's
// textbox is editable, type at full speed, read why Next is disabled. What would silently break:
// - the textbox accepting keystrokes before the editor reports them to the page (Monaco's textarea
//   exists before onMount; text typed then was later overwritten by the page's stale value), or
//   data-ready showing while the textbox still refuses them;
// - Next disabled with no reason a learner (or a demo's storyboard) can read;
// - a trust policy AWS accepts (another account, on condition of MFA: the IAM tutorials' role) being
//   blocked by a check of ours (it was: "Cross-account trust without external ID", not Access
//   Analyzer's, blocked Next as a security warning).
import { expect, test, type Page } from "@playwright/test";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const NAME = "Custom trust policy";
const textbox = (page: Page) => page.getByRole("textbox", { name: NAME, exact: true });
const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true });

const statement = (principal: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...extra }] });
const MFA_TRUST = statement({ AWS: `arn:aws:iam::${SANDBOX.workload}:root` }, { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } });
const GITHUB = `arn:aws:iam::${SANDBOX.identity}:oidc-provider/token.actions.githubusercontent.com`;
// A security warning (Access Analyzer's "Missing github repo condition key"): it blocks Next here.
const GITHUB_NO_SUB = statement({ Federated: GITHUB }, { Action: "sts:AssumeRoleWithWebIdentity", Condition: { StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } } });
// An error (Access Analyzer's "Role trust policy syntax error resource").
const WITH_RESOURCE = statement({ Service: "ec2.amazonaws.com" }, { Resource: "*" });

interface Seen {
  what: "textbox added" | "textbox readonly changed" | "data-ready set";
  editable: boolean;
  ready: boolean;
}

test.beforeEach(async ({ page }) => {
  // Records the editor's textbox as the DOM changes: its (aria-)readonly state when it appears, when that
  // changes, and when the editor's wrapper gets data-ready (mutation records arrive a microtask after
  // each change, before any keystroke can).
  await page.addInitScript((name: string) => {
    const seen: Seen[] = [];
    (window as unknown as { __editorSeen: Seen[] }).__editorSeen = seen;
    const box = () => document.querySelector<HTMLElement>(`[aria-label="${name}"]`);
    const note = (what: Seen["what"]) => {
      const t = box();
      if (t) seen.push({ what, editable: t.getAttribute("aria-readonly") !== "true" && !t.hasAttribute("readonly"), ready: t.closest("[data-ready]") !== null });
    };
    let present = false;
    new MutationObserver((records) => {
      if (!present && box()) {
        present = true;
        // After every observer of this change has run (the editor's own marks its textbox).
        queueMicrotask(() => note("textbox added"));
      }
      for (const r of records) {
        if (r.type !== "attributes") continue;
        if ((r.attributeName === "readonly" || r.attributeName === "aria-readonly") && r.target === box()) note("textbox readonly changed");
        if (r.attributeName === "data-ready" && (r.target as Element).hasAttribute("data-ready") && box() && (r.target as Element).contains(box())) note("data-ready set");
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      // aria-label and role too: the textbox is found by its name, which it may get after it was added.
      attributeFilter: ["readonly", "aria-readonly", "data-ready", "aria-label", "role"],
    });
  }, NAME);
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await page.goto("/iam/roles/create");
  await page.getByRole("radio", { name: NAME, exact: true }).check();
});

async function replaceText(page: Page, text: string, how: "type" | "insert" = "insert") {
  await textbox(page).focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  if (how === "type") await page.keyboard.type(text);
  else await page.keyboard.insertText(text);
}

test("the editor's textbox is read-only until Monaco reports keystrokes; typed at once, the policy reaches Next", async ({ page }) => {
  test.setTimeout(120_000);
  // The demo's wait: editable means ready (textbox present is not enough).
  await expect(textbox(page)).toBeEditable({ timeout: 30_000 });
  const seen = await page.evaluate(() => (window as unknown as { __editorSeen: Seen[] }).__editorSeen);
  expect(seen[0], "the textbox appears read-only, before Monaco is wired to the page").toEqual({ what: "textbox added", editable: false, ready: false });
  const readyAt = seen.find((s) => s.what === "data-ready set");
  expect(readyAt, "data-ready is set on an editable textbox").toEqual({ what: "data-ready set", editable: true, ready: true });

  await replaceText(page, MFA_TRUST, "type");
  await expect(next(page)).toBeEnabled({ timeout: 15_000 });
  await expect(page.getByRole("tab", { name: "Security: 0" })).toBeVisible();
  await expect(next(page)).toHaveAccessibleDescription("");
  await next(page).click();
  await expect(page.getByRole("heading", { name: /^Permissions policies/ })).toBeVisible();
  await next(page).click();
  expect(JSON.parse((await page.getByLabel("Trust policy").textContent()) ?? "")).toEqual(JSON.parse(MFA_TRUST));
});

test("Next says why it is disabled: checking, errors, security warnings; and a cross-account trust without MFA only suggests an external ID", async ({ page }) => {
  test.setTimeout(120_000);
  await expect(textbox(page)).toBeEditable({ timeout: 30_000 });

  // The starting template has an empty Principal: IAM's syntax error.
  await expect(next(page)).toHaveAccessibleDescription("Fix the policy to continue: Syntax errors in policy.", { timeout: 15_000 });
  await expect(next(page)).toBeDisabled();

  await replaceText(page, GITHUB_NO_SUB);
  const warning = "Resolve 1 security warning in the policy validation below to continue.";
  await expect(next(page)).toHaveAccessibleDescription(warning, { timeout: 15_000 });
  await expect(page.getByText(warning)).toBeVisible();
  await expect(page.getByRole("tab", { name: "Security: 1" })).toBeVisible();
  await expect(next(page)).toBeDisabled();

  await replaceText(page, WITH_RESOURCE);
  await expect(next(page)).toHaveAccessibleDescription("Resolve 1 error in the policy validation below to continue.", { timeout: 15_000 });
  await expect(next(page)).toBeDisabled();

  // While the 400 ms debounce and the check run, Next says so (the last findings are not the answer).
  await page.keyboard.type(" ");
  await expect(next(page)).toHaveAccessibleDescription("Checking the policy…");

  await replaceText(page, statement({ AWS: `arn:aws:iam::${SANDBOX.workload}:root` }));
  await expect(next(page)).toBeEnabled({ timeout: 15_000 });
  await expect(next(page)).toHaveAccessibleDescription("");
  await expect(page.getByText(/to continue/)).toHaveCount(0);
  await expect(page.getByRole("tab", { name: "Suggestions: 1" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Security: 0" })).toBeVisible();
});

// Permission-policy pages (Create policy, Create/edit inline policy, Edit policy) open in the Visual
// editor as the console does; journeys that type JSON switch to the JSON editor first.
import { expect, type Locator, type Page } from "@playwright/test";

export const policyEditorMode = (page: Page, name: "Visual" | "JSON"): Locator =>
  page.getByRole("group", { name: "Policy editor mode" }).getByRole("button", { name, exact: true });

/** Selects JSON and waits for Monaco to be ready; returns the editor. */
export async function switchToJsonEditor(page: Page): Promise<Locator> {
  await policyEditorMode(page, "JSON").click();
  await expect(policyEditorMode(page, "JSON")).toHaveAttribute("aria-pressed", "true");
  const editor = page.locator("[data-testid=policy-editor][data-ready]");
  await expect(editor).toBeVisible({ timeout: 30_000 });
  return editor;
}

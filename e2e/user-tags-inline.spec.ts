// Journey: a user's Tags tab (console-spec §4.5 over TagUser/UntagUser/ListUserTags). A user is
// created over the wire; the admin adds tags in the console (the aws: prefix refused before saving),
// the wire's ListUserTags sees them, one is removed with Manage tags and IAM no longer lists it.
// Then the user's and a group's inline policies, put over the wire, show in the Permissions table as
// "Customer inline" with their JSON, and Remove deletes them (DeleteUserPolicy / DeleteGroupPolicy);
// the user's permissions boundary is set from the policy picker and removed.
// What would silently break: tags saved only in the UI, removals not reaching UntagUser, inline
// policies invisible in the console, or Remove detaching nothing.
import {
  CreateGroupCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  DeleteUserCommand,
  GetUserCommand,
  ListGroupPoliciesCommand,
  ListUserPoliciesCommand,
  ListUserTagsCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  UntagUserCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const USER = `tagged-user-${Date.now().toString(36)}`;
const GROUP = `InlineGroup${Date.now().toString(36)}`;
const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] });

/** The Permissions tab shows the inline policy as "Customer inline", expands its JSON, and Remove deletes it. */
async function viewAndRemoveInline(page: Page, policyName: string) {
  await page.getByRole("tab", { name: "Permissions" }).click();
  const row = page.getByRole("table", { name: "Permissions policies" }).getByRole("row", { name: new RegExp(policyName) });
  await expect(row).toContainText("Customer inline");
  await row.getByRole("button", { name: `Expand ${policyName}` }).click();
  await expect(row).toContainText('"s3:ListAllMyBuckets"');
  await page.getByRole("checkbox", { name: `Select inline:${policyName}` }).check();
  await page.getByRole("button", { name: "Remove", exact: true }).click();
  await page.getByRole("dialog", { name: `Remove ${policyName}?` }).getByRole("button", { name: "Remove policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Policy ${policyName} removed.` })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Permissions policies \(0\)/ })).toBeVisible();
}

test("user Tags tab; user and group inline policies in the Permissions table", async ({ page, baseURL }) => {
  const admin: IAMClient = iamClient(baseURL!, ADMIN_KEYS.identity);
  const tags = page.getByRole("table", { name: "Tags" });
  await admin.send(new CreateUserCommand({ UserName: USER }));

  await test.step("Tags tab: Add new tag, saved through TagUser", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto(`/iam/users/${USER}`);
    await page.getByRole("tab", { name: "Tags" }).click();
    await expect(page.getByText("No tags associated with the resource.")).toBeVisible();
    await page.getByRole("button", { name: "Add new tag" }).click();
    // Cloudscape's tag editor: an untouched empty key is no error yet; Save reveals it.
    await expect(page.getByText("Key is required.")).toHaveCount(0);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Key is required.")).toBeVisible();
    await page.getByLabel("Tag 1 key").fill("aws:owner");
    await expect(page.getByText("Keys beginning with aws: are reserved for AWS use.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toBeDisabled();
    await page.getByLabel("Tag 1 key").fill("team");
    await page.getByLabel("Tag 1 value").fill("payments");
    await page.getByRole("button", { name: "Add new tag" }).click();
    await page.getByLabel("Tag 2 key").fill("env");
    await page.getByLabel("Tag 2 value").fill("dev");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(`Tags for user ${USER} saved.`)).toBeVisible();
    await expect(tags.getByRole("row", { name: "team payments" })).toBeVisible();
    await expect(tags.getByRole("row", { name: "env dev" })).toBeVisible();
    const listed = (await admin.send(new ListUserTagsCommand({ UserName: USER }))).Tags ?? [];
    expect([...listed].sort((a, b) => a.Key!.localeCompare(b.Key!))).toEqual([
      { Key: "env", Value: "dev" },
      { Key: "team", Value: "payments" },
    ]);
  });

  await test.step("Manage tags: remove one, IAM no longer lists it; the tab survives a reload", async () => {
    await page.getByRole("button", { name: "Manage tags" }).click();
    await expect(page.getByLabel("Tag 2 key")).toHaveValue("team");
    await page.getByRole("button", { name: "Remove tag 2" }).click();
    await page.getByRole("button", { name: "Save changes" }).click();
    // The table is hidden while the editor is open, so "no team row" alone passes before the save lands.
    await expect(page.getByRole("heading", { name: /Manage tags/ })).toHaveCount(0);
    await expect(tags.getByRole("row", { name: "env dev" })).toBeVisible();
    await expect(tags.getByRole("row", { name: /team/ })).toHaveCount(0);
    expect((await admin.send(new ListUserTagsCommand({ UserName: USER }))).Tags).toEqual([{ Key: "env", Value: "dev" }]);
    await page.reload();
    await expect(page.getByRole("tab", { name: "Tags" })).toHaveAttribute("aria-selected", "true");
    await expect(tags.getByRole("row", { name: "env dev" })).toBeVisible();
  });

  await test.step("user Permissions: the inline policy is listed, viewed and removed", async () => {
    await admin.send(new PutUserPolicyCommand({ UserName: USER, PolicyName: "ListBuckets", PolicyDocument: DOC }));
    await page.reload();
    await viewAndRemoveInline(page, "ListBuckets");
    expect((await admin.send(new ListUserPoliciesCommand({ UserName: USER }))).PolicyNames).toEqual([]);
  });

  await test.step("user Permissions boundary: set from the picker (GetUser sees it), then removed", async () => {
    await page.getByRole("button", { name: "Set permissions boundary" }).click();
    const dialog = page.getByRole("dialog", { name: "Set permissions boundary" });
    await dialog.getByRole("searchbox", { name: "Search policies" }).fill("PowerUserAccess");
    await dialog.getByRole("radio", { name: "Select arn:aws:iam::aws:policy/PowerUserAccess" }).check();
    await dialog.getByRole("button", { name: "Set boundary" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Permissions boundary PowerUserAccess set for user ${USER}.` })).toBeVisible();
    await expect(page.getByTestId("permissions-boundary")).toContainText("arn:aws:iam::aws:policy/PowerUserAccess");
    const { User } = await admin.send(new GetUserCommand({ UserName: USER }));
    expect(User?.PermissionsBoundary?.PermissionsBoundaryArn).toBe("arn:aws:iam::aws:policy/PowerUserAccess");
    await page.getByRole("button", { name: "Remove boundary" }).click();
    await page.getByRole("dialog", { name: "Remove permissions boundary?" }).getByRole("button", { name: "Remove boundary" }).click();
    await expect(page.getByText("Permissions boundary (not set)")).toBeVisible();
    expect((await admin.send(new GetUserCommand({ UserName: USER }))).User?.PermissionsBoundary).toBeUndefined();
  });

  await test.step("group Permissions: the same for a group's inline policy", async () => {
    await admin.send(new CreateGroupCommand({ GroupName: GROUP }));
    await admin.send(new PutGroupPolicyCommand({ GroupName: GROUP, PolicyName: "GroupListBuckets", PolicyDocument: DOC }));
    await page.goto(`/iam/groups/${GROUP}`);
    await viewAndRemoveInline(page, "GroupListBuckets");
    expect((await admin.send(new ListGroupPoliciesCommand({ GroupName: GROUP }))).PolicyNames).toEqual([]);
    await admin.send(new DeleteGroupCommand({ GroupName: GROUP }));
  });

  await admin.send(new UntagUserCommand({ UserName: USER, TagKeys: ["env"] }));
  await admin.send(new DeleteUserCommand({ UserName: USER }));
});

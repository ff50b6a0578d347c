// Journey: a customer managed policy's Tags and Last Accessed tabs, and the Roles list's Roles
// Anywhere panel. The policy (created over the wire with a unique name) is attached to a role whose
// session calls IAM, so Last Accessed has a real entry; a tag is added in the console, seen by the
// wire's ListPolicyTags, then edited and removed; the policy is deleted from its page.
// What would silently break: tags saved only in the UI (not through TagPolicy), removals not
// reaching IAM, Last Accessed not following an attached role's sessions, the action-level rows
// missing for IAM, or the Roles Anywhere panel / Manage page disappearing from the Roles list.
import { expect, test } from "@playwright/test";
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DetachRolePolicyCommand,
  ListPolicyTagsCommand,
  ListRolesCommand,
  IAMClient,
} from "@aws-sdk/client-iam";
import { AssumeRoleCommand } from "@aws-sdk/client-sts";
import { ADMIN_KEYS, iamClient, stsClient, trustPolicy } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const STAMP = Date.now();
const POLICY = `TaggedJourneyPolicy${STAMP}`;
const ROLE = `TaggedJourneyRole${STAMP}`;
const ARN = `arn:aws:iam::${SANDBOX.identity}:policy/${POLICY}`;
const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["iam:ListRoles", "s3:GetObject"], Resource: "*" }] });

test("policy Tags and Last Accessed tabs, then delete; Roles Anywhere panel on the Roles list", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const admin: IAMClient = iamClient(baseURL!, ADMIN_KEYS.identity);
  const tags = page.getByRole("table", { name: "Tags" });

  await test.step("set up over the wire: the policy, a role using it, and one IAM call by its session", async () => {
    await admin.send(new CreatePolicyCommand({ PolicyName: POLICY, PolicyDocument: DOC }));
    await admin.send(new CreateRoleCommand({ RoleName: ROLE, AssumeRolePolicyDocument: trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:root` }) }));
    await admin.send(new AttachRolePolicyCommand({ RoleName: ROLE, PolicyArn: ARN }));
    const { Credentials } = await stsClient(baseURL!, ADMIN_KEYS.identity).send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${SANDBOX.identity}:role/${ROLE}`, RoleSessionName: "journey" }),
    );
    const session = iamClient(baseURL!, { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken! });
    await session.send(new ListRolesCommand({ MaxItems: 1 }));
  });

  await test.step("Tags tab: Add new tag, saved through TagPolicy", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto(`/iam/policies/details/${encodeURIComponent(ARN)}`);
    await page.getByRole("tab", { name: "Tags" }).click();
    await expect(page.getByText("No tags associated with the resource.")).toBeVisible();
    await page.getByRole("button", { name: "Add new tag" }).click();
    await page.getByLabel("Tag 1 key").fill("aws:owner");
    await expect(page.getByText("Keys beginning with aws: are reserved for AWS use.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toBeDisabled();
    await page.getByLabel("Tag 1 key").fill("team");
    await page.getByLabel("Tag 1 value").fill("payments");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(`Tags for policy ${POLICY} saved.`)).toBeVisible();
    await expect(tags.getByRole("row", { name: "team payments" })).toBeVisible();
    expect((await admin.send(new ListPolicyTagsCommand({ PolicyArn: ARN }))).Tags).toEqual([{ Key: "team", Value: "payments" }]);
  });

  await test.step("Manage tags: remove it, and IAM no longer lists it", async () => {
    await page.getByRole("button", { name: "Manage tags" }).click();
    await page.getByRole("button", { name: "Remove tag 1" }).click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("No tags associated with the resource.")).toBeVisible();
    await expect(tags.getByRole("row", { name: /team/ })).toHaveCount(0);
    expect((await admin.send(new ListPolicyTagsCommand({ PolicyArn: ARN }))).Tags).toEqual([]);
  });

  await test.step("Last Accessed: IAM used by the role, S3 not accessed; IAM drills down to actions", async () => {
    await page.getByRole("tab", { name: "Last Accessed" }).click();
    const services = page.getByRole("table", { name: "Allowed services" });
    await expect(services.getByRole("row")).toHaveCount(3);
    const iamRow = services.getByRole("row", { name: /AWS Identity and Access Management \(IAM\)/ });
    await expect(iamRow).toContainText(ROLE);
    await expect(iamRow).toContainText(/Now|minutes? ago/);
    await expect(services.getByRole("row", { name: /Amazon S3/ })).toContainText("Not accessed in the tracking period");
    await iamRow.getByRole("button", { name: /IAM/ }).click();
    const actions = page.getByRole("table", { name: /\(IAM\) actions$/ });
    await expect(actions.getByRole("row", { name: /ListRoles us-east-1/ })).toBeVisible();
  });

  await test.step("delete the policy from its page once the role no longer uses it", async () => {
    await admin.send(new DetachRolePolicyCommand({ RoleName: ROLE, PolicyArn: ARN }));
    await admin.send(new DeleteRoleCommand({ RoleName: ROLE }));
    await page.reload();
    await page.getByRole("button", { name: "Delete" }).first().click();
    const dialog = page.getByRole("dialog", { name: `Delete ${POLICY}?` });
    await dialog.getByRole("textbox").fill(POLICY);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText(`Policy ${POLICY} deleted.`)).toBeVisible();
    await expect(page).toHaveURL(/\/iam\/policies$/);
  });

  await test.step("Roles list: the Roles Anywhere panel with its three cards and Manage", async () => {
    await page.goto("/iam/roles");
    const cards = page.getByRole("list", { name: "Roles Anywhere benefits" });
    for (const title of ["Access AWS from your non AWS workloads", "X.509 Standard", "Temporary credentials"]) {
      await expect(cards.getByRole("heading", { name: title })).toBeVisible();
    }
    await page.getByRole("link", { name: "Manage", exact: true }).click();
    await expect(page).toHaveURL(/\/rolesanywhere\/home$/);
    await expect(page.getByRole("heading", { level: 1, name: "IAM Roles Anywhere" })).toBeVisible();
    for (const table of ["Trust anchors", "Profiles", "Subject activity"]) await expect(page.getByRole("table", { name: table })).toBeVisible();
  });
});

// Journeys: service-linked roles on the role page. AWSServiceRoleForECS (seed tutorial "Inspecting
// Service linked role for ECS") shows the badge and the explanation; permissions, boundary, trust,
// session duration and revocation are disabled, and IAM itself refuses a trust change. Deleting a
// service-linked role starts the asynchronous task whose status the flash follows to SUCCEEDED.
// What would silently break: an SLR editable from the console, or a deletion reported done before
// GetServiceLinkedRoleDeletionStatus says so.
import { expect, test } from "@playwright/test";
import { CreateServiceLinkedRoleCommand, GetRoleCommand, UpdateAssumeRolePolicyCommand } from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const ECS = "AWSServiceRoleForECS";
const ELB = "AWSServiceRoleForElasticLoadBalancing";

test.beforeEach(async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
});

test("AWSServiceRoleForECS: badge, explanation, editing disabled", async ({ page, baseURL }) => {
  await test.step("header badge, banner and summary", async () => {
    await page.goto(`/iam/roles/${ECS}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(ECS);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Service-linked role");
    await expect(page.getByRole("note")).toContainText("This role is a service-linked role and cannot be edited.");
    // The rest comes from the service-linked-role catalog's entry for ecs.amazonaws.com.
    await expect(page.getByRole("note")).toContainText("(ecs.amazonaws.com), which attaches AmazonECSServiceRolePolicy.");
    await expect(page.getByRole("note").getByRole("link", { name: "Learn more" })).toHaveAttribute(
      "href",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html",
    );
    await expect(page.getByTestId("role-arn")).toHaveText(`arn:aws:iam::${SANDBOX.identity}:role/aws-service-role/ecs.amazonaws.com/${ECS}`);
    await expect(page.getByText("Link to switch roles in console")).toHaveCount(0);
  });

  await test.step("permissions: the AWS policy is listed; Remove, Add permissions and the boundary are disabled", async () => {
    await expect(page.getByRole("table", { name: "Permissions policies" })).toContainText("AmazonECSServiceRolePolicy");
    await expect(page.getByRole("button", { name: "Remove", exact: true })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Add permissions" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Set permissions boundary" })).toBeDisabled();
  });

  await test.step("Edit: only the description; the session duration is disabled", async () => {
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${ECS}` });
    await expect(dialog.getByLabel("Maximum session duration")).toBeDisabled();
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  await test.step("trust relationships: read-only, Edit trust policy disabled; IAM refuses the change", async () => {
    await page.getByRole("tab", { name: "Trust relationships" }).click();
    await expect(page.getByTestId("trust-policy")).toContainText("ecs.amazonaws.com");
    await expect(page.getByRole("button", { name: "Edit trust policy" })).toBeDisabled();
    const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
    const refused = await iam
      .send(new UpdateAssumeRolePolicyCommand({ RoleName: ECS, PolicyDocument: trustPolicy({ Service: "ec2.amazonaws.com" }) }))
      .then(() => null, (e: { name?: string; message?: string }) => e);
    expect(refused?.name).toBe("UnmodifiableEntityException");
    expect(refused?.message).toBe(`Cannot perform the operation on the protected role '${ECS}' - this role is only modifiable by AWS`);
  });

  await test.step("the editor page itself refuses a service-linked role", async () => {
    await page.goto(`/iam/roles/${ECS}/edit-trust-policy`);
    await expect(page.getByRole("alert").filter({ hasText: "this role is only modifiable by AWS" })).toBeVisible();
  });

  await test.step("revoke sessions is unavailable", async () => {
    await page.goto(`/iam/roles/${ECS}?tab=revoke`);
    await expect(page.getByRole("button", { name: "Revoke active sessions" })).toBeDisabled();
  });
});

test("deleting a service-linked role follows the deletion task to SUCCEEDED", async ({ page, baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await test.step("create AWSServiceRoleForElasticLoadBalancing with the wire API", async () => {
    await iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: "elasticloadbalancing.amazonaws.com" })).catch((e: { name?: string }) => {
      if (e.name !== "InvalidInputException") throw e; // already there from an earlier run against this server
    });
  });

  await test.step("Delete → type the name → the flash reports the task's status", async () => {
    await page.goto(`/iam/roles/${ELB}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Service-linked role");
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${ELB}?` });
    const del = dialog.getByRole("button", { name: "Delete", exact: true });
    await expect(dialog).toContainText("IAM first checks that Elastic Load Balancing no longer uses the role");
    await expect(del).toBeDisabled();
    await dialog.getByLabel("To confirm deletion, enter the role name in the text input field.").fill(ELB);
    await del.click();
    await expect(page).toHaveURL(/\/iam\/roles$/);
    const status = page.getByTestId("slr-deletion-status");
    await expect(status).toBeVisible();
    await expect(status).toHaveAttribute("data-status", "SUCCEEDED", { timeout: 20_000 });
    await expect(status).toContainText("SUCCEEDED - The service-linked role was deleted.");
  });

  await test.step("the role is gone", async () => {
    const gone = await iam.send(new GetRoleCommand({ RoleName: ELB })).then(() => "exists", (e: { name?: string }) => e.name);
    expect(gone).toBe("NoSuchEntityException");
  });
});

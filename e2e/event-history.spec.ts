// Journey through CloudTrail › Event history (observability-spec §1.5): calls made over the wire with
// the real SDK show up as events, newest first, under the default Read-only = false filter; one
// lookup attribute at a time narrows the table; an event's page shows its record JSON and, for an
// AccessDenied, the Decision panel with "Simulate this request"; Download writes the spec's CSV header;
// Compare puts two events side by side. What would silently break: records not written for wire
// calls, the filter sending two attributes or ignoring the time range, the detail page losing the
// record's JSON, a denial without its explanation, or a download that is not CSV.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events-console.html
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, ListRolesCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { ADMIN_KEYS, iamClient, stsClient, trustPolicy } from "./support/aws";
import { SANDBOX, signInAsIamUser, signOut } from "./support/sign-in";

const RUN = Date.now().toString(36);
const ACCT = SANDBOX.identity;
const ROLE = `EhRole-${RUN}`;
/** A user of its own with no policies: its AssumeRole is denied (nothing allows it, and the trust names only admin). */
const USER = `eh-user-${RUN}`;

const table = (page: Page) => page.getByRole("table", { name: "Event history" });
const row = (page: Page, eventName: string) => table(page).getByRole("row").filter({ has: page.getByRole("link", { name: eventName, exact: true }) });

test("events from the wire: filter, detail with Decision, CSV download, compare", async ({ page, baseURL }) => {
  const url = baseURL as string;

  await test.step("the admin creates a role and a user; the user is denied sts:AssumeRole", async () => {
    const iam = iamClient(url, ADMIN_KEYS.identity);
    await iam.send(new CreateRoleCommand({ RoleName: ROLE, AssumeRolePolicyDocument: trustPolicy({ AWS: `arn:aws:iam::${ACCT}:user/admin` }) }));
    await iam.send(new ListRolesCommand({ MaxItems: 1 }));
    await iam.send(new CreateUserCommand({ UserName: USER }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: USER }))).AccessKey!;
    const sts = stsClient(url, { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    await sts.send(new GetCallerIdentityCommand({}));
    const denied = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCT}:role/${ROLE}`, RoleSessionName: "eh" })).catch((e: Error) => e);
    expect((denied as Error).name).toBe("AccessDenied");
  });

  await test.step("the console reaches Event history; the default filter shows writes (Read-only = false)", async () => {
    await signInAsIamUser(page, ACCT, "admin", SANDBOX.adminPassword);
    await page.goto("/iam");
    await page.getByRole("navigation", { name: "IAM" }).getByRole("link", { name: "CloudTrail event history" }).click();
    await expect(page.getByRole("heading", { name: /^Event history/, level: 1 })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Lookup attributes" })).toHaveValue("ReadOnly");
    await expect(page.getByRole("combobox", { name: "Read-only value" })).toHaveValue("false");
    await expect(row(page, "CreateRole").first()).toBeVisible();
    await expect(table(page).getByRole("link", { name: "ListRoles", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "30 minutes" }).click();
    await expect(page.getByRole("button", { name: "30 minutes" })).toHaveAttribute("aria-pressed", "true");
    await expect(row(page, "CreateRole").first()).toBeVisible();
  });

  await test.step("one attribute at a time: Event name, then User name", async () => {
    await page.getByRole("combobox", { name: "Lookup attributes" }).selectOption("EventName");
    await page.getByRole("searchbox", { name: "Enter event name" }).fill("AssumeRole");
    await expect(page).toHaveURL(/attributeKey=EventName&attributeValue=AssumeRole/);
    const deniedRow = row(page, "AssumeRole").filter({ hasText: USER });
    await expect(deniedRow).toContainText("AccessDenied");
    await expect(table(page).getByRole("link", { name: "CreateRole", exact: true })).toHaveCount(0);

    await page.getByRole("combobox", { name: "Lookup attributes" }).selectOption("Username");
    await page.getByRole("searchbox", { name: "Enter user name" }).fill(USER);
    await expect(page).toHaveURL(/attributeKey=Username&attributeValue=eh-user-/);
    await expect(table(page).getByRole("row")).toHaveCount(3); // header, AssumeRole, GetCallerIdentity
    // Newest first.
    await expect(table(page).getByRole("row").nth(1)).toContainText("AssumeRole");
    await expect(table(page).getByRole("row").nth(2)).toContainText("GetCallerIdentity");
  });

  await test.step("compare the two events side by side", async () => {
    await row(page, "AssumeRole").getByRole("checkbox").check();
    await row(page, "GetCallerIdentity").getByRole("checkbox").check();
    await page.getByRole("button", { name: "Compare events" }).click();
    const dialog = page.getByRole("dialog", { name: "Compare events (2)" });
    const compared = dialog.getByRole("table", { name: "Compared events" });
    await expect(compared.getByRole("columnheader", { name: /AssumeRole/ })).toBeVisible();
    await expect(compared.getByRole("columnheader", { name: /GetCallerIdentity/ })).toBeVisible();
    await expect(compared.getByRole("rowheader", { name: "errorCode (differs)" })).toBeVisible();
    await dialog.getByRole("button", { name: "Close modal" }).click();
  });

  await test.step("download the current filter as CSV", async () => {
    await page.getByRole("button", { name: "Download events" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Download as CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("event_history.csv");
    const lines = (await readFile((await download.path())!, "utf8")).split("\r\n");
    expect(lines[0]).toBe("Event ID,Event time,User name,Event name,Resource type,Resource name,AWS access key,AWS region,Error code,Source IP address,Resources");
    expect(lines.filter((l) => l.includes(`,${USER},AssumeRole,`) && l.includes(",AccessDenied,"))).toHaveLength(1);
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  await test.step("the denied event's page, one click from its error code: record JSON and the Decision panel", async () => {
    await row(page, "AssumeRole").getByRole("link", { name: /^AccessDenied: why was AssumeRole denied/ }).click();
    await expect(page).toHaveURL(/\/cloudtrail\/event-history\/[^/]+#decision$/);
    await expect(page.getByRole("heading", { name: "AssumeRole", level: 1 })).toBeVisible();
    const record = page.getByTestId("event-record");
    await expect(record).toContainText('"errorCode": "AccessDenied"');
    await expect(record).toContainText(`"userName": "${USER}"`);
    await expect(page.getByRole("heading", { name: "Decision", exact: true })).toBeVisible();
    // The wire kept the engine's encoded decision; the admin may decode it (AdministratorAccess).
    await expect(page.getByTestId("decision-verdict")).toHaveText("Implicit deny: no statement allows the request.");
    await expect(page.getByRole("region", { name: "Encoded authorization failure message" })).toBeVisible();
    const simulate = page.getByRole("link", { name: "Simulate this request" });
    const href = new URL((await simulate.getAttribute("href"))!, url);
    expect(href.pathname).toBe("/policysim");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      source: `arn:aws:iam::${ACCT}:user/${USER}`,
      action: "sts:AssumeRole",
      resource: `arn:aws:iam::${ACCT}:role/${ROLE}`,
    });
  });

  await test.step("the console's own calls: the signed-in user's console session key and sessionContext", async () => {
    // AWS signs an IAM user's console calls with the console session's ASIA… credentials; the record
    // names that key and the session's attributes (cloudtrail-event-reference-user-identity.html).
    await page.goto("/cloudtrail/event-history?attributeKey=EventName&attributeValue=LookupEvents");
    await table(page).getByRole("link", { name: "LookupEvents", exact: true }).first().click();
    await expect(page.getByRole("heading", { name: "LookupEvents", level: 1 })).toBeVisible();
    const record = page.getByTestId("event-record");
    await expect(record).toContainText('"sessionCredentialFromConsole": "true"');
    await expect(record).toContainText(/"accessKeyId": "ASIA[A-Z2-7]{16}"/);
    await expect(record).toContainText('"mfaAuthenticated": "false"');
    await expect(record).toContainText('"userName": "admin"');
  });

  await test.step("alice, without cloudtrail:LookupEvents, gets the access-denied alert", async () => {
    await signOut(page);
    await signInAsIamUser(page, ACCT, "alice", SANDBOX.alicePassword);
    await page.goto("/cloudtrail/event-history");
    await expect(page.getByRole("heading", { name: "Access denied to cloudtrail:LookupEvents" })).toBeVisible();
    await expect(page.getByTestId("access-denied-details")).toContainText("Action: cloudtrail:LookupEvents");
  });
});

// The confused deputy: a vendor role without a condition lets the vendor act for Mallory in your account; sts:ExternalId closes it.
import { SANDBOX, signInAsIamUser } from "../e2e/support/sign-in";
import { IDENTITY, WORKLOAD, trust, workloadAdmin } from "../e2e/support/seed-cli";
import { expect, test } from "./support/demo";

const ROLE = "VendorMonitoringRole";
const ROLE_ARN = `arn:aws:iam::${IDENTITY}:role/${ROLE}`;
const YOUR_ID = "your-unique-external-id-7f3a";
const MALLORY_ID = "mallory-external-id-0001";
const VENDOR = "the vendor (workload account)";

test("ExternalId and the confused deputy", async ({ page, demo }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await demo.chapter("The confused deputy", "A vendor assumes a role in your account. Without an external ID, anyone who gives the vendor your role ARN can have it act on your account.");

  await demo.cli(["iam", "create-role", "--role-name", ROLE, "--assume-role-policy-document", trust({ AWS: `arn:aws:iam::${WORKLOAD}:root` }), "--query", "Role.Arn"], {
    title: "You create a role for the vendor, with no condition",
  });

  await demo.cli(["sts", "assume-role", "--role-arn", ROLE_ARN, "--role-session-name", "for-mallory", "--external-id", MALLORY_ID, "--query", "AssumedRoleUser"], {
    as: workloadAdmin,
    who: VENDOR,
    title: "Mallory gives the vendor your role ARN with her own ID: it works",
  });

  await demo.cli(
    ["iam", "update-assume-role-policy", "--role-name", ROLE, "--policy-document", trust({ AWS: `arn:aws:iam::${WORKLOAD}:root` }, { StringEquals: { "sts:ExternalId": YOUR_ID } })],
    { title: "You require the external ID the vendor issued to you" },
  );

  await demo.step("The role's trust policy now has the sts:ExternalId condition", async () => {
    await page.goto(`/iam/roles/${ROLE}?tab=trust`);
    await page.getByRole("tab", { name: "Trust relationships" }).click();
    await expect(page.getByText(YOUR_ID).first()).toBeVisible();
  });

  await demo.cli(["sts", "assume-role", "--role-arn", ROLE_ARN, "--role-session-name", "for-mallory", "--external-id", MALLORY_ID, "--query", "AssumedRoleUser"], {
    as: workloadAdmin,
    who: VENDOR,
    expect: "fail",
    title: "Mallory's ID: AccessDenied",
  });

  await demo.cli(["sts", "assume-role", "--role-arn", ROLE_ARN, "--role-session-name", "for-you", "--external-id", YOUR_ID, "--query", "AssumedRoleUser"], {
    as: workloadAdmin,
    who: VENDOR,
    title: "Your ID: the vendor works for you, and only you",
  });
});

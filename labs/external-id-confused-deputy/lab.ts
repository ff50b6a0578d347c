// L3 (training-spec §4): the confused deputy of seed 004. A vendor (MonitorCo, outside the
// organization) assumes roles in its customers' accounts. Mallory, another MonitorCo customer, types
// YOUR role ARN into MonitorCo's form; MonitorCo then assumes your role on Mallory's behalf. The
// ExternalId the vendor assigns per customer stops that.
import type { LabDefinition } from "@/lib/labs/types";
import { q, roleArn, trustAws } from "../_shared/policy";
import { assumeRole } from "../_shared/calls";

const ROLE = "MonitorCoRole";
const ROLE_ARN = roleArn("identity", ROLE);
const VENDOR_ROOT = "arn:aws:iam::{{acct.vendor}}:root";
const OPEN_TRUST = trustAws(VENDOR_ROOT);
const FIXED_TRUST = trustAws(VENDOR_ROOT, { StringEquals: { "sts:ExternalId": "{{externalId}}" } });
const VENDOR = { user: "admin", account: "vendor" } as const;

/** MonitorCo's call into the customer's account, with the ExternalId it stores for that customer. */
const vendorAssume = (externalId: string, sessionName: string) => assumeRole(VENDOR, ROLE_ARN, sessionName, { ExternalId: externalId });

const lab: LabDefinition = {
  id: "external-id-confused-deputy",
  version: 1,
  title: "Third-party access with ExternalId",
  level: "Intermediate",
  track: "Cross-account",
  minutes: 25,
  concepts: ["third-party access", "confused deputy", "sts:ExternalId", "CloudTrail"],
  seeds: ["004", "002"],
  goal: "Give the vendor MonitorCo ({{acct.vendor}}) access to your identity account in a way that another MonitorCo customer cannot abuse.",
  lessonLearned:
    "A role that trusts a vendor's whole account trusts every request the vendor makes, including the ones it makes for its other customers. The vendor assigns one ExternalId per customer and always sends it; your trust policy requires yours, so a request made for Mallory carries Mallory's ID and is refused. The ExternalId is not a secret: it only has to be unique per customer, and only the vendor may choose it. The console's Switch role cannot send one, so such roles are for the vendor's API calls only.",
  startUrl: "/iam/roles",
  setup: {
    accounts: [{ key: "vendor", name: "MonitorCo", inOrganization: false }],
    values: { externalId: "MonitorCo-7Q2K9", "externalId.mallory": "MonitorCo-M4LL0" },
  },
  actors: [
    {
      id: "monitorco-sync",
      label: "MonitorCo sync",
      description: "MonitorCo's collector assumes `" + ROLE + "` for you, sending your ExternalId `{{externalId}}`.",
      calls: [vendorAssume("{{externalId}}", "monitorco-sync")],
    },
    {
      id: "mallory",
      label: "Mallory via MonitorCo",
      description:
        "Mallory, another MonitorCo customer, registered your role ARN in MonitorCo's portal. MonitorCo assumes it on Mallory's behalf, sending Mallory's ExternalId.",
      calls: [vendorAssume("{{externalId.mallory}}", "monitorco-sync")],
    },
  ],
  steps: [
    {
      id: "open-role",
      title: "Trust the vendor's account, and watch the attack work",
      body: `MonitorCo's onboarding page says: *create a role that trusts account \`{{acct.vendor}}\`; your ExternalId is \`{{externalId}}\`.* Skip the ExternalId for now.

1. In the identity account, create \`${ROLE}\` with a trust policy naming \`${VENDOR_ROOT}\` and **no condition**.
2. In the panel, run **MonitorCo sync**, then **Mallory via MonitorCo**.
3. Open **Event history** and compare the two \`AssumeRole\` records.`,
      checks: [
        {
          id: "mallory-got-in",
          kind: "event",
          label: "A call made for Mallory assumed your role",
          eventName: "AssumeRole",
          by: "{{acct.vendor}}",
          target: ROLE_ARN,
          result: "Success",
          params: { externalId: "{{externalId.mallory}}" },
        },
      ],
      hints: [
        "Create role → **AWS account** → *Another AWS account*: `{{acct.vendor}}`, without **Require external ID**.",
        "The actors only work once the role exists; run them from the panel's **Actors** card.",
      ],
      solution: {
        console: [
          "**Roles** → **Create role** → **AWS account** → **Another AWS account** `{{acct.vendor}}`; leave *Require external ID* unticked; name it `" + ROLE + "`.",
          "In the lab panel, run **MonitorCo sync** and **Mallory via MonitorCo**.",
        ],
        cli: [
          `awsl --profile identity-admin iam create-role --role-name ${ROLE} --assume-role-policy-document ${q(OPEN_TRUST)}`,
          "lab-actor monitorco-sync",
          "lab-actor mallory",
        ],
      },
    },
    {
      id: "require-external-id",
      title: "Require your ExternalId",
      body: `Edit the role's trust policy and add the condition

\`\`\`json
"Condition": { "StringEquals": { "sts:ExternalId": "{{externalId}}" } }
\`\`\`

MonitorCo sends the ID it assigned to the customer it is working for, so only requests made for you match.`,
      checks: [
        {
          id: "trust-right-id",
          kind: "trust",
          label: "The vendor with your ExternalId may assume the role",
          role: { role: ROLE, account: "identity" },
          principal: VENDOR,
          context: { "sts:ExternalId": "{{externalId}}" },
          expect: "allow",
        },
        {
          id: "trust-no-id",
          kind: "trust",
          label: "The vendor without an ExternalId may not",
          role: { role: ROLE, account: "identity" },
          principal: VENDOR,
          expect: "deny",
        },
        {
          id: "trust-wrong-id",
          kind: "trust",
          label: "The vendor with another customer's ExternalId may not",
          role: { role: ROLE, account: "identity" },
          principal: VENDOR,
          context: { "sts:ExternalId": "{{externalId.mallory}}" },
          expect: "deny",
        },
      ],
      hints: [
        "Role → **Trust relationships** → **Edit trust policy**.",
        "The condition key is `sts:ExternalId`, compared with `StringEquals`.",
      ],
      solution: {
        console: ["Open `" + ROLE + "` → **Trust relationships** → **Edit trust policy**, add the `StringEquals` condition on `sts:ExternalId` = `{{externalId}}`, save."],
        cli: [`awsl --profile identity-admin iam update-assume-role-policy --role-name ${ROLE} --policy-document ${q(FIXED_TRUST)}`],
      },
    },
    {
      id: "rerun",
      title: "Run both actors again",
      body: "Run **MonitorCo sync** and **Mallory via MonitorCo** again and look at the new records in **Event history**.",
      checks: [
        {
          id: "mallory-denied",
          kind: "event",
          label: "The call made for Mallory was refused since this step began",
          window: "step",
          eventName: "AssumeRole",
          by: "{{acct.vendor}}",
          target: ROLE_ARN,
          result: "Failure",
          errorCode: "AccessDenied",
          userAgent: "lab-actor/mallory",
        },
        {
          id: "sync-works",
          kind: "event",
          label: "The call made for you still works since this step began",
          window: "step",
          eventName: "AssumeRole",
          by: "{{acct.vendor}}",
          target: ROLE_ARN,
          result: "Success",
          params: { externalId: "{{externalId}}" },
        },
      ],
      hints: ["Both actors are in the panel's **Actors** card; each shows its last result."],
      solution: {
        console: ["In the lab panel, run **MonitorCo sync** and **Mallory via MonitorCo**."],
        cli: ["lab-actor monitorco-sync", "lab-actor mallory"],
      },
    },
    {
      id: "read-the-log",
      title: "Who was refused?",
      body: `Try **Switch role** to \`${ROLE}\` in the console as admin: it fails, because the console cannot send an ExternalId (and the role trusts only the vendor).

Then open **Event history**, filter on *Event name* \`AssumeRole\` and find the refused call made for Mallory.`,
      checks: [
        {
          id: "denied-account",
          kind: "answer",
          label: "The account of the refused caller",
          question: "Which account ID made the refused AssumeRole call for Mallory?",
          expect: "{{acct.vendor}}",
        },
      ],
      hints: ["The record's `userIdentity.accountId` names the caller's account. Mallory never called AWS herself."],
      solution: {
        console: ["**Event history** → filter *Event name* = AssumeRole → open the failed record → `userIdentity.accountId`."],
        cli: [
          "awsl --profile identity-admin cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=AssumeRole",
        ],
      },
    },
  ],
};

export default lab;

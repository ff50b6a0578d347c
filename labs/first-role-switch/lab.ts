// L1 (training-spec §4): the first role, trusted by one user, and the console's Switch role.
import type { LabDefinition } from "@/lib/labs/types";

const ROLE = "AWSIAMRoleForRDS";
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: "{{user.alice.arn}}" }, Action: "sts:AssumeRole" }],
});

const lab: LabDefinition = {
  id: "first-role-switch",
  version: 1,
  title: "First role, and switch role",
  level: "Fundamental",
  track: "Fundamentals",
  minutes: 15,
  concepts: ["trust policy", "switch role", "identity-based policy"],
  seeds: ["000", "001", "002", "003"],
  goal: "Create a role that only alice may assume, switch to it in the console, and read why it cannot list roles.",
  lessonLearned:
    "Inside one account, naming a user in a role's trust policy is enough for that user to assume it. What the session may then do comes only from the role's own permissions: AmazonRDSFullAccess grants no IAM action, so iam:ListRoles is denied because no identity-based policy allows it.",
  startUrl: "/iam/roles",
  setup: {
    accessKeys: [{ name: "alice", user: "alice" }],
  },
  actors: [],
  steps: [
    {
      id: "create-role",
      title: "Create the role",
      body:
        `Signed in as **admin** of the identity account ({{acct.identity}}), create the role **${ROLE}** with a *Custom trust policy* ` +
        "that names alice's user ARN as the principal, and attach the AWS managed policy **AmazonRDSFullAccess**.",
      checks: [
        { id: "trust-alice", kind: "trust", label: `alice may assume ${ROLE}`, role: { role: ROLE }, principal: { user: "alice" }, expect: "allow" },
        { id: "trust-admin", kind: "trust", label: `admin may not assume ${ROLE}`, role: { role: ROLE }, principal: { user: "admin" }, expect: "deny" },
        { id: "rds-attached", kind: "entity", label: "AmazonRDSFullAccess is attached to the role", entity: "role", name: ROLE, has: { managedPolicy: "AmazonRDSFullAccess" } },
      ],
      hints: [
        "Roles → Create role → Custom trust policy. The principal goes under `Principal.AWS`.",
        "A trust policy names *who* may assume the role; alice's ARN is `{{user.alice.arn}}`.",
      ],
      solution: {
        console: [
          "IAM → Roles → Create role → Custom trust policy.",
          `Paste ${TRUST} and choose Next.`,
          "Search for AmazonRDSFullAccess, select it, choose Next.",
          `Role name: ${ROLE}; choose Create role.`,
        ],
        cli: [
          `awsl iam create-role --profile identity-admin --role-name ${ROLE} --assume-role-policy-document '${TRUST}'`,
          `awsl iam attach-role-policy --profile identity-admin --role-name ${ROLE} --policy-arn arn:aws:iam::aws:policy/AmazonRDSFullAccess`,
        ],
      },
    },
    {
      id: "switch",
      title: "Sign in as alice and switch role",
      body:
        "Sign out, sign in as **alice**, open the account menu and choose **Switch role**. " +
        `Account: {{acct.identity}}, role: ${ROLE}, colour **Blue**. The banner now shows the role.`,
      checks: [
        {
          id: "alice-console-session",
          kind: "session",
          label: `alice holds a console session of ${ROLE}`,
          role: { role: ROLE },
          from: "{{user.alice.arn}}",
          via: "console",
        },
      ],
      hints: ["The Switch role form asks for the account ID (or alias) and the role name, not its ARN."],
      solution: {
        console: ["Sign in as alice (account identity, password from the Credentials card).", `Account menu → Switch role → Account {{acct.identity}}, Role ${ROLE}, Color Blue → Switch Role.`],
        cli: [`lab-console switch-role --user alice --account {{acct.identity}} --role ${ROLE} --color Blue`],
      },
    },
    {
      id: "why",
      title: "Open Roles and read Why?",
      body: "As the role, open **Roles**. The page says access is denied: expand **Why?** and read which kind of policy is missing.",
      checks: [
        {
          id: "list-roles-denied",
          kind: "event",
          label: `A ListRoles call by the ${ROLE} session was denied`,
          eventName: "ListRoles",
          by: `assumed-role/${ROLE}/alice`,
          result: "Failure",
          errorCode: "AccessDenied",
        },
        {
          id: "missing-policy-type",
          kind: "answer",
          label: "Which type of policy would have to allow iam:ListRoles?",
          question: "Which type of policy is missing?",
          choices: ["identity-based", "resource-based", "permissions boundary", "service control policy"],
          expect: "identity-based",
        },
      ],
      hints: ["The role's only permissions are AmazonRDSFullAccess. Does it mention any iam: action?"],
      solution: {
        console: ["Roles (as the role): the page shows the access-denied alert; expand Why?.", "Answer: identity-based."],
        cli: [
          `read -r AK SK ST <<< "$(awsl sts assume-role --profile identity-alice --role-arn {{role.${ROLE}.arn}} --role-session-name alice --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)"`,
          'AWS_ACCESS_KEY_ID=$AK AWS_SECRET_ACCESS_KEY=$SK AWS_SESSION_TOKEN=$ST awsl iam list-roles',
        ],
      },
    },
    {
      id: "switch-back",
      title: "Switch back",
      body: "Open the account menu and choose **Switch back**: you are alice again.",
      checks: [
        {
          id: "switched-back",
          kind: "event",
          label: `alice left the ${ROLE} session (Switch back)`,
          eventName: "ExitRole",
          by: `assumed-role/${ROLE}/alice`,
          result: "Success",
          window: { after: "alice-console-session" },
        },
      ],
      hints: ["Switch back is in the account menu while a role is active."],
      solution: {
        console: ["Account menu → Switch back."],
        cli: ["lab-console switch-back --user alice"],
      },
    },
  ],
};

export default lab;

// L2 (training-spec §4): the hub-and-spoke pattern of seed 004. Users live in the identity account;
// the workload account trusts that account as a whole, but only with MFA, and the identity account
// decides which of its users may ask.
import type { LabDefinition } from "@/lib/labs/types";
import { allow, managed, policyArn, policyDoc, q, roleArn, trustAws } from "../_shared/policy";
import { admin, putUserPolicy } from "../_shared/calls";

const ROLE = "CrossAccountDeveloperRole";
const ROLE_ARN = roleArn("workload", ROLE);
const MFA_ARN = "arn:aws:iam::{{acct.identity}}:mfa/alice";
const TRUST = trustAws("arn:aws:iam::{{acct.identity}}:root", { Bool: { "aws:MultiFactorAuthPresent": "true" } });
const ASSUME_DEV_ROLE = allow("sts:AssumeRole", ROLE_ARN);
const TRUST_AS_RESOURCE_POLICY = policyDoc({
  Effect: "Allow",
  Principal: { AWS: "arn:aws:iam::{{acct.identity}}:root" },
  Action: "sts:AssumeRole",
  Resource: ROLE_ARN,
  Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
});

/** AWS's "manage your own virtual MFA device" policy, so alice can assign hers. */
const SELF_MFA = policyDoc(
  { Effect: "Allow", Action: ["iam:CreateVirtualMFADevice", "iam:DeleteVirtualMFADevice"], Resource: "arn:aws:iam::{{acct.identity}}:mfa/*" },
  {
    Effect: "Allow",
    Action: ["iam:EnableMFADevice", "iam:ResyncMFADevice", "iam:ListMFADevices", "iam:GetUser"],
    Resource: "arn:aws:iam::{{acct.identity}}:user/${aws:username}",
  },
  { Effect: "Allow", Action: ["iam:ListVirtualMFADevices"], Resource: "*" },
);

const lab: LabDefinition = {
  id: "hub-spoke-mfa",
  version: 1,
  title: "Hub-and-spoke with MFA",
  level: "Intermediate",
  track: "Cross-account",
  minutes: 25,
  concepts: ["cross-account role", "account root principal", "aws:MultiFactorAuthPresent", "groups", "virtual MFA"],
  seeds: ["004", "002"],
  goal: "Let developers of the identity account ({{acct.identity}}) work in workload-dev ({{acct.workload}}) through one role that demands MFA.",
  lessonLearned:
    "Trusting `arn:aws:iam::{{acct.identity}}:root` does not let everyone in: it hands the decision to the identity account, where each user still needs an identity policy allowing `sts:AssumeRole`. The trust policy's `aws:MultiFactorAuthPresent` condition is checked on every assume, so a session without MFA never starts, whatever the user's own policies say.",
  startUrl: "/iam/roles",
  setup: {
    accessKeys: [{ name: "alice", user: "alice" }],
    calls: [
      putUserPolicy(admin("identity"), "alice", "ManageOwnMFA", SELF_MFA),
    ],
  },
  actors: [],
  steps: [
    {
      id: "role",
      title: "Create the role in workload-dev",
      body: `Sign in to **workload-dev** ({{acct.workload}}) as admin and create the role \`${ROLE}\`.

- Trusted entity: **AWS account** → *Another AWS account* → \`{{acct.identity}}\`, with **Require MFA**.
- Permissions: the AWS managed policy **PowerUserAccess**.

The trust policy names the identity account's root, which means "any principal of that account that its own policies allow", and adds the condition \`Bool aws:MultiFactorAuthPresent = true\`.`,
      checks: [
        {
          id: "trust-mfa",
          kind: "trust",
          label: "A user of the identity account with MFA may assume the role",
          role: { role: ROLE, account: "workload" },
          principal: { user: "alice", account: "identity" },
          context: { "aws:MultiFactorAuthPresent": "true" },
          expect: "allow",
        },
        {
          id: "trust-no-mfa",
          kind: "trust",
          label: "The same user without MFA may not",
          role: { role: ROLE, account: "workload" },
          principal: { user: "alice", account: "identity" },
          context: { "aws:MultiFactorAuthPresent": "false" },
          expect: "deny",
        },
        {
          id: "trust-other-account",
          kind: "trust",
          label: "A principal of another account may not, even with MFA",
          role: { role: ROLE, account: "workload" },
          principal: { user: "admin", account: "workload" },
          context: { "aws:MultiFactorAuthPresent": "true" },
          expect: "deny",
        },
        {
          id: "power-user",
          kind: "entity",
          label: "The role carries PowerUserAccess",
          entity: "role",
          account: "workload",
          name: ROLE,
          has: { managedPolicy: "PowerUserAccess" },
        },
      ],
      hints: [
        "In the Create role wizard, **AWS account** has an option for another account and a **Require MFA** box.",
        'The condition block is `"Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}`.',
      ],
      solution: {
        console: [
          "Sign in to workload-dev ({{acct.workload}}) as admin and open **Roles** → **Create role**.",
          "Choose **AWS account** → **Another AWS account**, enter `{{acct.identity}}` and tick **Require MFA**.",
          "Attach **PowerUserAccess**, name the role `" + ROLE + "` and create it.",
        ],
        cli: [
          `awsl --profile workload-admin iam create-role --role-name ${ROLE} --assume-role-policy-document ${q(TRUST)}`,
          `awsl --profile workload-admin iam attach-role-policy --role-name ${ROLE} --policy-arn ${managed("PowerUserAccess")}`,
        ],
      },
    },
    {
      id: "permission",
      title: "Let the Developers group ask",
      body: `Back in the **identity** account ({{acct.identity}}), create the customer managed policy \`AssumeDevRole\` that allows \`sts:AssumeRole\` on

\`${ROLE_ARN}\`

Attach it to the group **Developers** and add **alice** to the group.`,
      checks: [
        {
          id: "alice-can-assume",
          kind: "can",
          label: "alice, signed in with MFA, may assume the role",
          principal: { user: "alice", account: "identity" },
          action: "sts:AssumeRole",
          resource: ROLE_ARN,
          // Across accounts both sides must allow: the role's side is step 1's trust, as a resource policy.
          resourcePolicy: TRUST_AS_RESOURCE_POLICY,
          context: { "aws:MultiFactorAuthPresent": "true" },
          expect: "allow",
        },
        {
          id: "alice-in-developers",
          kind: "entity",
          label: "alice is a member of Developers",
          entity: "group",
          account: "identity",
          name: "Developers",
          has: { member: "alice" },
        },
      ],
      hints: [
        "The trust policy delegated the decision to the identity account: without an allow there, alice is refused even though the role trusts her account.",
        "Policies → Create policy → service **STS**, action **AssumeRole**, resource: the role's ARN.",
      ],
      solution: {
        console: [
          "Sign in to identity as admin; **Policies** → **Create policy**, JSON: allow `sts:AssumeRole` on `" + ROLE_ARN + "`; name it `AssumeDevRole`.",
          "**User groups** → **Developers** → **Permissions** → attach `AssumeDevRole`.",
          "**Developers** → **Users** → **Add users** → alice.",
        ],
        cli: [
          `awsl --profile identity-admin iam create-policy --policy-name AssumeDevRole --policy-document ${q(ASSUME_DEV_ROLE)}`,
          `awsl --profile identity-admin iam attach-group-policy --group-name Developers --policy-arn ${policyArn("identity", "AssumeDevRole")}`,
          "awsl --profile identity-admin iam add-user-to-group --group-name Developers --user-name alice",
        ],
      },
    },
    {
      id: "mfa-device",
      title: "alice assigns a virtual MFA device",
      body: `Sign in as **alice** and open **Security credentials** → **Assign MFA device** → *Authenticator app*. Scan the QR code (or type the secret) into an authenticator and enter two consecutive codes.

From the CLI, \`create-virtual-mfa-device\` writes the secret to a file and \`enable-mfa-device\` takes two codes.`,
      checks: [
        {
          id: "alice-mfa",
          kind: "entity",
          label: "alice has an MFA device",
          entity: "mfaDevice",
          account: "identity",
          name: "alice",
        },
      ],
      hints: ["alice may manage her own device: she has the inline policy ManageOwnMFA."],
      solution: {
        console: [
          "Sign in to identity as alice; account menu → **Security credentials** → **Assign MFA device**.",
          "Name it `alice`, choose **Authenticator app**, enter two consecutive codes and confirm.",
        ],
        cli: [
          "awsl --profile identity-alice iam create-virtual-mfa-device --virtual-mfa-device-name alice --bootstrap-method Base32StringSeed --outfile alice-mfa.txt",
          `awsl --profile identity-alice iam enable-mfa-device --user-name alice --serial-number ${MFA_ARN} --authentication-code1 "$(lab-totp alice-mfa.txt -1)" --authentication-code2 "$(lab-totp alice-mfa.txt)"`,
        ],
      },
    },
    {
      id: "no-mfa",
      title: "Try without MFA",
      body: `As alice, assume the role **without** an MFA code:

\`\`\`
awsl --profile identity-alice sts assume-role --role-arn ${ROLE_ARN} --role-session-name dev
\`\`\`

(In the console, a sign-in without MFA followed by **Switch role** is refused the same way.)`,
      checks: [
        {
          id: "denied-without-mfa",
          kind: "event",
          label: "An AssumeRole by alice without MFA was refused since this step began",
          window: "step",
          eventName: "AssumeRole",
          by: "{{user.alice.arn}}",
          target: ROLE_ARN,
          result: "Failure",
          errorCode: "AccessDenied",
        },
      ],
      hints: ["Run the assume-role call without `--serial-number` and `--token-code`."],
      solution: {
        console: ["Sign in to identity as alice (no MFA code) and **Switch role** to account {{acct.workload}}, role `" + ROLE + "`."],
        cli: [`awsl --profile identity-alice sts assume-role --role-arn ${ROLE_ARN} --role-session-name dev`],
      },
    },
    {
      id: "with-mfa",
      title: "Assume with MFA",
      body: `Now pass the device and a fresh code:

\`\`\`
awsl --profile identity-alice sts assume-role --role-arn ${ROLE_ARN} --role-session-name dev \\
  --serial-number ${MFA_ARN} --token-code 123456
\`\`\`

Or add \`mfa_serial = ${MFA_ARN}\` to a profile with \`role_arn\` and \`source_profile\`, and the CLI asks for the code. In the console: sign out, sign in as alice with her MFA code, then **Switch role**.`,
      checks: [
        {
          id: "session-with-mfa",
          kind: "session",
          label: "alice holds a session of the role that was started with MFA",
          role: { role: ROLE, account: "workload" },
          from: "{{user.alice.arn}}",
          mfa: true,
        },
      ],
      hints: [
        "`--serial-number` is the device ARN shown on alice's Security credentials page.",
        "Each code works once: wait for the next one if the last was used to enable the device.",
      ],
      solution: {
        console: [
          "Sign out, sign in to identity as alice and enter the MFA code.",
          "**Switch role**: account `{{acct.workload}}`, role `" + ROLE + "`.",
        ],
        cli: [
          `awsl --profile identity-alice sts assume-role --role-arn ${ROLE_ARN} --role-session-name dev --serial-number ${MFA_ARN} --token-code "$(lab-totp alice-mfa.txt 1)"`,
        ],
      },
    },
  ],
};

export default lab;

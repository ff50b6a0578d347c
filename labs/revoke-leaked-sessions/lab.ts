// L10 (training-spec §4): a leaked access key (seeds 002 and 004). Before anyone noticed, the
// attacker used ci-bot's key to assume CiDeployRole; the session keeps working after the key is
// deactivated, until the role's "Revoke active sessions" denies every session issued before it.
// The attacker calls iam:ListUsers, not GetCallerIdentity, which no Deny can block.
import type { LabDefinition } from "@/lib/labs/types";
import { allow, managed, roleArn, trustAws } from "../_shared/policy";
import { admin, assumeRole, attachRolePolicy, createRole, createUser, iamCall, putUserPolicy } from "../_shared/calls";
import { profileFromJson } from "../_shared/cli";

const ROLE = "CiDeployRole";
const ROLE_ARN = roleArn("workload", ROLE);
const ROLE_REF = { role: ROLE, account: "workload" };
const SESSION_NAME = "ci-deploy";
const CI_BOT = "arn:aws:iam::{{acct.identity}}:user/ci-bot";
const ATTACKER = `assumed-role/${ROLE}/${SESSION_NAME}`;
/** The console's revoke document (lib/iam/console/revoke-sessions.ts), dated now to the millisecond. */
const REVOKE_LINE =
  `printf '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["*"],"Resource":["*"],"Condition":{"DateLessThan":{"aws:TokenIssueTime":"%s"}}}]}' "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" > revoke.json && ` +
  `awsl --profile workload-admin iam put-role-policy --role-name ${ROLE} --policy-name AWSRevokeOlderSessions --policy-document file://revoke.json`;

const lab: LabDefinition = {
  id: "revoke-leaked-sessions",
  version: 1,
  title: "A leaked credential",
  level: "Advanced",
  track: "Guardrails",
  minutes: 25,
  concepts: ["incident response", "access key deactivation", "temporary credentials", "Revoke active sessions", "aws:TokenIssueTime"],
  seeds: ["002", "004"],
  goal: "ci-bot's access key was published in a public repository. Shut the attacker out of workload-dev ({{acct.workload}}) for good.",
  lessonLearned:
    "Temporary credentials are independent of the key that obtained them: deactivating or deleting a leaked key stops new sessions, not the ones already issued, which keep working until they expire (up to 12 hours). Revoke active sessions on every role the key could assume: it adds the inline policy AWSRevokeOlderSessions, which denies everything to sessions issued before that moment. Legitimate callers simply assume the role again with a fresh key.",
  startUrl: "/cloudtrail/event-history",
  setup: {
    calls: [
      createUser(admin("identity"), "ci-bot"),
      putUserPolicy(admin("identity"), "ci-bot", "AssumeCiDeployRole", allow("sts:AssumeRole", ROLE_ARN)),
      createRole(admin("workload"), ROLE, trustAws(CI_BOT), { Description: "CI deployments" }),
      attachRolePolicy(admin("workload"), ROLE, managed("IAMReadOnlyAccess")),
      // The attacker's session, minted with the leaked key before anyone noticed.
      assumeRole({ user: "ci-bot", account: "identity" }, ROLE_ARN, SESSION_NAME, { DurationSeconds: "3600" }, "attacker"),
    ],
    accessKeys: [{ name: "leaked", user: "ci-bot" }],
  },
  actors: [
    {
      id: "attacker",
      label: "Attacker",
      description: "Someone holding a session of `" + ROLE + "`, obtained with ci-bot's key before the leak was noticed, lists the users of workload-dev.",
      calls: [iamCall({ session: "attacker" }, "ListUsers")],
    },
  ],
  steps: [
    {
      id: "investigate",
      title: "Find the attacker",
      body: `Run the **Attacker** once, then open **Event history** (in workload-dev and in identity).

The attacker's \`ListUsers\` calls come from a session of \`${ROLE}\`. Find the \`AssumeRole\` record that issued that session: its \`userIdentity\` names the long-term key that was used.`,
      checks: [
        {
          id: "attacker-seen",
          kind: "event",
          label: "The attacker's calls are in the log",
          eventName: "ListUsers",
          by: ATTACKER,
          result: "Success",
          userAgent: "lab-actor/attacker",
        },
        {
          id: "leaked-key",
          kind: "answer",
          label: "The leaked access key",
          question: "Which access key ID (AKIA…) obtained the attacker's session?",
          expect: "{{keys.leaked.id}}",
        },
      ],
      hints: [
        "The AssumeRole record's `responseElements.credentials.accessKeyId` (ASIA…) is the key the attacker's calls show.",
        "`userIdentity.accessKeyId` of that AssumeRole record is the long-term key.",
      ],
      solution: {
        console: ["Run **Attacker**; in **Event history** open an AssumeRole record by ci-bot and read `userIdentity.accessKeyId`."],
        cli: [
          "lab-actor attacker",
          "awsl --profile identity-admin cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=AssumeRole",
        ],
      },
    },
    {
      id: "deactivate",
      title: "Deactivate the key, and run the Attacker again",
      body: "Open **Users** → ci-bot → **Security credentials** and make the key **Inactive**. Then run the **Attacker** again and look at the log.",
      checks: [
        { id: "key-inactive", kind: "entity", label: "ci-bot's leaked key is inactive", entity: "accessKey", account: "identity", name: "ci-bot", has: { status: "Inactive" } },
        {
          id: "still-in",
          kind: "event",
          label: "The attacker's session still worked after this step began",
          window: "step",
          eventName: "ListUsers",
          by: ATTACKER,
          result: "Success",
          userAgent: "lab-actor/attacker",
        },
      ],
      hints: ["The attacker does not use the key any more: look at which key signs its calls."],
      solution: {
        console: ["**Users** → ci-bot → **Security credentials** → the key → **Actions** → **Deactivate**.", "Run **Attacker**."],
        cli: ["awsl --profile identity-admin iam update-access-key --user-name ci-bot --access-key-id {{keys.leaked.id}} --status Inactive", "lab-actor attacker"],
      },
    },
    {
      id: "revoke",
      title: "Revoke the role's active sessions",
      body: `In workload-dev, open \`${ROLE}\` → the **Revoke sessions** tab → **Revoke active sessions**. This adds the inline policy \`AWSRevokeOlderSessions\`, a Deny on everything for sessions whose \`aws:TokenIssueTime\` is earlier than now.`,
      checks: [
        {
          id: "attacker-revoked",
          kind: "entity",
          label: "The role denies the sessions issued before the revocation",
          entity: "role",
          account: "workload",
          name: ROLE,
          has: { inlinePolicy: "AWSRevokeOlderSessions" },
        },
      ],
      hints: ["The action is on the role in workload-dev, not on the user."],
      solution: {
        console: ["Sign in to workload-dev as admin → **Roles** → `" + ROLE + "` → **Revoke active sessions** → confirm."],
        cli: [REVOKE_LINE],
      },
    },
    {
      id: "locked-out",
      title: "Run the Attacker once more",
      body: "Run the **Attacker** and read the refused record: an explicit Deny in an identity-based policy.",
      checks: [
        {
          id: "attacker-denied",
          kind: "event",
          label: "The attacker was refused since this step began",
          window: "step",
          eventName: "ListUsers",
          by: ATTACKER,
          result: "Failure",
          errorCode: "AccessDenied",
          userAgent: "lab-actor/attacker",
        },
      ],
      hints: ["Nothing to change: the revocation already applies."],
      solution: { console: ["Run **Attacker**."], cli: ["lab-actor attacker"] },
    },
    {
      id: "recover",
      title: "Give CI a new key",
      body: `Create a new access key for ci-bot and assume \`${ROLE}\` with it: a session issued after the revocation works normally.`,
      checks: [
        {
          id: "fresh-session",
          kind: "session",
          label: "ci-bot holds a session of the role issued after the revocation",
          window: { after: "attacker-revoked" },
          role: ROLE_REF,
          from: CI_BOT,
          revoked: false,
        },
      ],
      hints: ["The old key is inactive: the new session must come from the new key."],
      solution: {
        console: ["**Users** → ci-bot → **Security credentials** → **Create access key**; configure it in the CI system, which assumes the role on its next run."],
        cli: [
          "awsl --profile identity-admin iam create-access-key --user-name ci-bot --output json > ci-bot-key.json",
          profileFromJson("ci-bot-new", "ci-bot-key.json", "AccessKey"),
          `awsl --profile ci-bot-new sts assume-role --role-arn ${ROLE_ARN} --role-session-name ${SESSION_NAME}`,
        ],
      },
    },
  ],
};

export default lab;

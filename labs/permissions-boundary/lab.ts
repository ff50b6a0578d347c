// L9 (training-spec §4): a permissions boundary (seed 002). The boundary does not grant anything;
// it caps what the role's identity policies can grant, so AdministratorAccess under a boundary of
// s3:* and logs:* leaves only S3 and CloudWatch Logs.
import type { LabDefinition } from "@/lib/labs/types";
import { allow, managed, policyArn, q, trustAws } from "../_shared/policy";
import { admin, attachRolePolicy, createRole } from "../_shared/calls";
import { profileFromJson } from "../_shared/cli";

const ROLE = "AppRole";
const BOUNDARY = "DevBoundary";
const BOUNDARY_ARN = policyArn("identity", BOUNDARY);
const BOUNDARY_DOC = allow(["s3:*", "logs:*"], "*");
const SESSION = { roleSession: { role: ROLE, account: "identity" } };
const DELEGATE_DOC = allow("iam:CreateRole", "*", { StringEquals: { "iam:PermissionsBoundary": BOUNDARY_ARN } });
const NEW_ROLE = "arn:aws:iam::{{acct.identity}}:role/team-app";
const boundarySet = { id: "boundary-set", kind: "entity", label: "AppRole has DevBoundary as its permissions boundary", entity: "role", account: "identity", name: ROLE, has: { boundary: BOUNDARY } } as const;

const lab: LabDefinition = {
  id: "permissions-boundary",
  version: 1,
  title: "Permissions boundary",
  level: "Advanced",
  track: "Guardrails",
  minutes: 20,
  concepts: ["permissions boundary", "effective permissions", "iam:PermissionsBoundary", "delegated administration"],
  seeds: ["002"],
  goal: "Cap AppRole, which has AdministratorAccess, to S3 and CloudWatch Logs without touching its policies.",
  lessonLearned:
    "A permissions boundary sets the most an identity-based policy can grant: an action is allowed only if both the role's policies and its boundary allow it. AdministratorAccess under a boundary of `s3:*` and `logs:*` is S3 and Logs, and a denial outside that is decided by the boundary. Requiring `iam:PermissionsBoundary` on `iam:CreateRole` lets you delegate role creation without letting anyone create a role stronger than the boundary.",
  startUrl: "/iam/roles",
  setup: {
    accessKeys: [{ name: "alice", user: "alice" }],
    calls: [
      createRole(admin("identity"), ROLE, trustAws("{{user.alice.arn}}"), { Description: "The application team's role" }),
      attachRolePolicy(admin("identity"), ROLE, managed("AdministratorAccess")),
    ],
  },
  actors: [],
  steps: [
    {
      id: "boundary",
      title: "Create DevBoundary and set it on AppRole",
      body: `\`${ROLE}\` has **AdministratorAccess** and trusts alice. Create the customer managed policy \`${BOUNDARY}\` allowing \`s3:*\` and \`logs:*\` on all resources, then open \`${ROLE}\` → **Permissions boundary** → **Set permissions boundary** and choose it.`,
      checks: [
        boundarySet,
        {
          id: "s3-still-allowed",
          kind: "all",
          label: "Under the boundary, AppRole's sessions can still list S3 buckets",
          of: [
            { ...boundarySet, id: "boundary-set-for-s3" },
            { id: "s3-probe", kind: "can", label: "s3:ListAllMyBuckets", principal: SESSION, action: "s3:ListAllMyBuckets", resource: "*", expect: "allow" },
          ],
        },
        {
          id: "iam-capped",
          kind: "can",
          label: "AppRole's sessions can no longer create IAM users, and the boundary is why",
          principal: SESSION,
          action: "iam:CreateUser",
          resource: "arn:aws:iam::{{acct.identity}}:user/intruder",
          expect: "deny",
          decidedBy: "boundary",
        },
      ],
      hints: [
        "A boundary is an ordinary managed policy; it becomes a boundary when you set it on a user or role.",
        "The role keeps AdministratorAccess: do not detach it.",
      ],
      solution: {
        console: [
          "**Policies** → **Create policy** → JSON: allow `s3:*` and `logs:*` on `*` → name `" + BOUNDARY + "`.",
          "**Roles** → `" + ROLE + "` → **Permissions boundary** → **Set permissions boundary** → `" + BOUNDARY + "`.",
        ],
        cli: [
          `awsl --profile identity-admin iam create-policy --policy-name ${BOUNDARY} --policy-document ${q(BOUNDARY_DOC)}`,
          `awsl --profile identity-admin iam put-role-permissions-boundary --role-name ${ROLE} --permissions-boundary ${BOUNDARY_ARN}`,
        ],
      },
    },
    {
      id: "why",
      title: "Read Why? as AppRole",
      body: `Sign in as alice and **Switch role** to \`${ROLE}\` (account {{acct.identity}}), then open **Users**. The list is refused: expand **Why?** under the error.`,
      checks: [
        {
          id: "users-refused",
          kind: "event",
          label: "A session of AppRole was refused iam:ListUsers",
          eventName: "ListUsers",
          by: `assumed-role/${ROLE}/`,
          result: "Failure",
          errorCode: "AccessDenied",
        },
        {
          id: "deciding-type",
          kind: "answer",
          label: "The policy type that decided",
          question: "Which policy type refused iam:ListUsers?",
          choices: ["Identity-based policy", "Permissions boundary", "Service control policy", "Session policy"],
          expect: "Permissions boundary",
        },
      ],
      hints: ["AdministratorAccess allows iam:ListUsers, so something else refused it."],
      solution: {
        console: ["Sign in as alice → **Switch role** → account `{{acct.identity}}`, role `" + ROLE + "` → **Users** → **Why?**."],
        cli: [
          `awsl --profile identity-alice sts assume-role --role-arn arn:aws:iam::{{acct.identity}}:role/${ROLE} --role-session-name alice --output json > app.json`,
          profileFromJson("app", "app.json"),
          "awsl --profile app iam list-users",
        ],
      },
    },
    {
      id: "delegate",
      title: "Bonus: delegate role creation under the boundary",
      optional: true,
      body: `Give alice an inline policy that allows \`iam:CreateRole\` only when the request sets \`${BOUNDARY}\` as the new role's boundary: the condition key is \`iam:PermissionsBoundary\`.`,
      checks: [
        {
          id: "create-with-boundary",
          kind: "can",
          label: "alice may create a role that carries DevBoundary",
          principal: { user: "alice", account: "identity" },
          action: "iam:CreateRole",
          resource: NEW_ROLE,
          context: { "iam:PermissionsBoundary": BOUNDARY_ARN },
          expect: "allow",
        },
        {
          id: "only-with-boundary",
          kind: "all",
          label: "…and only such a role",
          of: [
            { id: "with-boundary-again", kind: "can", label: "with the boundary", principal: { user: "alice", account: "identity" }, action: "iam:CreateRole", resource: NEW_ROLE, context: { "iam:PermissionsBoundary": BOUNDARY_ARN }, expect: "allow" },
            { id: "without-boundary", kind: "can", label: "without a boundary", principal: { user: "alice", account: "identity" }, action: "iam:CreateRole", resource: NEW_ROLE, expect: "deny" },
          ],
        },
      ],
      hints: ['`"Condition": {"StringEquals": {"iam:PermissionsBoundary": "' + BOUNDARY_ARN + '"}}`'],
      solution: {
        console: ["**Users** → alice → **Add permissions** → **Create inline policy** → JSON: allow `iam:CreateRole` on `*` with the condition above."],
        cli: [`awsl --profile identity-admin iam put-user-policy --user-name alice --policy-name CreateBoundedRoles --policy-document ${q(DELEGATE_DOC)}`],
      },
    },
  ],
};

export default lab;

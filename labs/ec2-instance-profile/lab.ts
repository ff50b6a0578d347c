// L4 (training-spec §4): a service role for EC2 (seeds 000 and 004). The instance never sees an
// access key: EC2 assumes the role through the instance profile and hands the session to the code on
// the instance, whose every call then runs as assumed-role/<role>/<instance id>.
import type { LabDefinition } from "@/lib/labs/types";
import { managed, q, trustService } from "../_shared/policy";
import { admin, createRole, iamCall } from "../_shared/calls";

const ROLE = "AppServerRole";
const INSTANCE = "i-0abc";
const TRUST = trustService("ec2.amazonaws.com");
const SESSION_ARN = `arn:aws:sts::{{acct.identity}}:assumed-role/${ROLE}/${INSTANCE}`;

const CFN_ROLE = "AWSCloudformationRole";
const STACK_BY = `assumed-role/${CFN_ROLE}/`;

/** EC2 starting the instance: the service assumes the role, named after the instance. */
const launch = { serviceAssume: { service: "ec2.amazonaws.com", role: { role: ROLE, account: "identity" }, sessionName: INSTANCE, saveSessionAs: "instance" } };

const lab: LabDefinition = {
  id: "ec2-instance-profile",
  version: 1,
  title: "EC2 service role",
  level: "Fundamental",
  track: "Fundamentals",
  minutes: 20,
  concepts: ["service role", "service principal", "instance profile", "temporary credentials", "CloudFormation service role"],
  seeds: ["000", "004"],
  goal: "Give an application on an EC2 instance read access to S3 without putting any access key on the instance.",
  lessonLearned:
    "A service role trusts a service principal (`ec2.amazonaws.com`), not a user, and EC2 can use it only through an instance profile. The code on the instance runs as `assumed-role/" +
    ROLE +
    "/<instance id>` with temporary credentials EC2 renews for it; it can do exactly what the role's policies allow, and every other call is denied and logged under that session. A CloudFormation service role works the same way: a stack creates only what its role allows.",
  startUrl: "/iam/roles",
  setup: {
    // The bonus: a bare service role for CloudFormation, which the stack's deployment will need more of.
    calls: [
      createRole(admin("identity"), CFN_ROLE, trustService("cloudformation.amazonaws.com"), { Description: "Service role for CloudFormation stacks" }),
    ],
  },
  actors: [
    {
      id: "launch",
      label: `Launch ${INSTANCE}`,
      description: `EC2 starts instance ${INSTANCE} with the role's instance profile and assumes \`${ROLE}\` for it.`,
      calls: [launch],
    },
    {
      id: "app-list-roles",
      label: "App calls iam:ListRoles",
      description: `The application on ${INSTANCE} uses the instance's credentials to call \`iam:ListRoles\`.`,
      calls: [launch, iamCall({ session: "instance" }, "ListRoles")],
    },
    {
      id: "deploy-stack",
      label: "Deploy stack",
      description: `CloudFormation assumes \`${CFN_ROLE}\` and creates the stack's resources, among them the IAM role \`lambda-role\` for a Lambda function.`,
      calls: [
        { serviceAssume: { service: "cloudformation.amazonaws.com", role: { role: CFN_ROLE, account: "identity" }, sessionName: "AWSCloudFormation", saveSessionAs: "stack" } },
        createRole({ session: "stack" }, "lambda-role", trustService("lambda.amazonaws.com")),
      ],
    },
  ],
  steps: [
    {
      id: "service-role",
      title: "Create the service role",
      body: `Create \`${ROLE}\` with the trusted entity **AWS service** → **EC2**, and attach **AmazonS3ReadOnlyAccess**.

EC2 attaches roles to instances through an **instance profile**. The console creates one with the same name for you; from the CLI you create it yourself (\`create-instance-profile\`, then \`add-role-to-instance-profile\`).`,
      checks: [
        {
          id: "trust-ec2",
          kind: "trust",
          label: "EC2 may assume the role",
          role: { role: ROLE, account: "identity" },
          principal: { service: "ec2.amazonaws.com" },
          expect: "allow",
        },
        {
          id: "trust-user",
          kind: "trust",
          label: "An IAM user may not",
          role: { role: ROLE, account: "identity" },
          principal: { user: "alice", account: "identity" },
          expect: "deny",
        },
        {
          id: "profile",
          kind: "entity",
          label: "An instance profile holds the role, which can read S3",
          entity: "role",
          account: "identity",
          name: ROLE,
          has: { inInstanceProfile: true, managedPolicy: "AmazonS3ReadOnlyAccess" },
        },
      ],
      hints: [
        "Create role → **AWS service** → use case **EC2**.",
        "From the CLI, a role is not in any instance profile until you add it to one.",
      ],
      solution: {
        console: [
          "**Roles** → **Create role** → **AWS service** → **EC2** → Next.",
          "Attach **AmazonS3ReadOnlyAccess**, name the role `" + ROLE + "` and create it (the console adds the instance profile).",
        ],
        cli: [
          `awsl --profile identity-admin iam create-role --role-name ${ROLE} --assume-role-policy-document ${q(TRUST)}`,
          `awsl --profile identity-admin iam attach-role-policy --role-name ${ROLE} --policy-arn ${managed("AmazonS3ReadOnlyAccess")}`,
          `awsl --profile identity-admin iam create-instance-profile --instance-profile-name ${ROLE}`,
          `awsl --profile identity-admin iam add-role-to-instance-profile --instance-profile-name ${ROLE} --role-name ${ROLE}`,
        ],
      },
    },
    {
      id: "launch",
      title: "Launch the instance",
      body: `Run the actor **Launch ${INSTANCE}** in the panel. EC2 assumes the role for the instance; find the \`AssumeRole\` record in **Event history**: its caller is the service itself.`,
      checks: [
        {
          id: "instance-session",
          kind: "session",
          label: "The role has a session for the instance",
          role: { role: ROLE, account: "identity" },
          sessionName: INSTANCE,
        },
      ],
      hints: ["If the actor fails, check the role's trust policy names `ec2.amazonaws.com`."],
      solution: {
        console: [`In the lab panel, run **Launch ${INSTANCE}**.`],
        cli: ["lab-actor launch"],
      },
    },
    {
      id: "least-privilege",
      title: "What can the instance do?",
      body: `Run **App calls iam:ListRoles**. The application uses the instance's role credentials, so the call is checked against \`${ROLE}\`'s policies. Find the refused call in **Event history**.`,
      checks: [
        {
          id: "list-roles-denied",
          kind: "event",
          label: "The instance's call to iam:ListRoles was refused",
          eventName: "ListRoles",
          by: `assumed-role/${ROLE}/${INSTANCE}`,
          result: "Failure",
          errorCode: "AccessDenied",
        },
        {
          id: "session-arn",
          kind: "answer",
          label: "The identity the instance acts as",
          question: "Which ARN does the application on the instance act as (the caller in the refused record)?",
          expect: SESSION_ARN,
        },
      ],
      hints: ["The record's `userIdentity.arn` is an `arn:aws:sts::…:assumed-role/…` ARN: role name, then session name."],
      solution: {
        console: ["Run **App calls iam:ListRoles**, open the refused ListRoles record in **Event history** and copy `userIdentity.arn`."],
        cli: ["lab-actor app-list-roles"],
      },
    },
    {
      id: "stack-denied",
      title: "Bonus: a CloudFormation service role",
      optional: true,
      body: `\`${CFN_ROLE}\` trusts \`cloudformation.amazonaws.com\` and has no permissions yet. Run **Deploy stack**: CloudFormation acts with the role's session, so everything the stack creates is checked against the role's policies.`,
      checks: [
        {
          id: "stack-create-denied",
          kind: "event",
          label: "The stack's iam:CreateRole was refused",
          eventName: "CreateRole",
          by: STACK_BY,
          result: "Failure",
          errorCode: "AccessDenied",
        },
      ],
      hints: ["Look for the refused CreateRole in **Event history**: who made it?"],
      solution: { console: ["In the lab panel, run **Deploy stack**."], cli: ["lab-actor deploy-stack"] },
    },
    {
      id: "stack-deployed",
      title: "Bonus: give the stack what it needs",
      optional: true,
      body: `Attach **IAMFullAccess** and **AWSLambda_FullAccess** to \`${CFN_ROLE}\`, then run **Deploy stack** again.`,
      checks: [
        {
          id: "lambda-role-created",
          kind: "all",
          label: "The stack created lambda-role with the role's session",
          of: [
            { id: "lambda-role-exists", kind: "entity", label: "lambda-role exists", entity: "role", account: "identity", name: "lambda-role" },
            { id: "stack-create-ok", kind: "event", label: "created by the stack", eventName: "CreateRole", by: STACK_BY, result: "Success" },
          ],
        },
      ],
      hints: ["Both policies are AWS managed: search for them in the role's **Add permissions**."],
      solution: {
        console: ["**Roles** → `" + CFN_ROLE + "` → **Add permissions** → attach **IAMFullAccess** and **AWSLambda_FullAccess**.", "Run **Deploy stack**."],
        cli: [
          `awsl --profile identity-admin iam attach-role-policy --role-name ${CFN_ROLE} --policy-arn ${managed("IAMFullAccess")}`,
          `awsl --profile identity-admin iam attach-role-policy --role-name ${CFN_ROLE} --policy-arn ${managed("AWSLambda_FullAccess")}`,
          "lab-actor deploy-stack",
        ],
      },
    },
  ],
};

export default lab;

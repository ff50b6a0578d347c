// L7 (training-spec §4): role chaining (seed 000). A session of one role assuming another is a
// chain, and STS caps every chained session at one hour whatever the target role's maximum says.
import type { LabDefinition } from "@/lib/labs/types";
import { allow, roleArn, trustAws } from "../_shared/policy";
import { admin, createRole, putRolePolicy } from "../_shared/calls";
import { profileFromJson } from "../_shared/cli";

const JUMP = "JumpRole";
const DEPLOY = "DeployRole";
const JUMP_ARN = roleArn("identity", JUMP);
const DEPLOY_ARN = roleArn("workload", DEPLOY);
const assumeDeploy = (seconds: number) => `awsl --profile jump sts assume-role --role-arn ${DEPLOY_ARN} --role-session-name deploy --duration-seconds ${seconds}`;

const lab: LabDefinition = {
  id: "role-chaining",
  version: 1,
  title: "Role chaining and the 1-hour cap",
  level: "Intermediate",
  track: "Cross-account",
  minutes: 15,
  concepts: ["role chaining", "DurationSeconds", "MaxSessionDuration", "chained session limit"],
  seeds: ["000"],
  goal: "Reach DeployRole in workload-dev through JumpRole, and find out how long such a chained session can last.",
  lessonLearned:
    "A role's MaxSessionDuration (up to 12 hours) applies only to sessions started from long-term credentials. When a role session assumes another role (role chaining), STS limits the new session to one hour and refuses a longer DurationSeconds with a ValidationError, even if both roles allow more. Jobs that need long sessions must assume their role directly.",
  startUrl: "/iam/roles",
  setup: {
    accessKeys: [{ name: "alice", user: "alice" }],
    calls: [
      createRole(admin("identity"), JUMP, trustAws("{{user.alice.arn}}"), { MaxSessionDuration: "43200", Description: "alice's jump role: 12 h maximum" }),
      putRolePolicy(admin("identity"), JUMP, "AssumeDeployRole", allow("sts:AssumeRole", DEPLOY_ARN)),
      createRole(admin("workload"), DEPLOY, trustAws(JUMP_ARN), { MaxSessionDuration: "14400", Description: "Deployments: 4 h maximum" }),
    ],
  },
  actors: [],
  steps: [
    {
      id: "jump",
      title: "Assume JumpRole for two hours",
      body: `\`${JUMP}\` trusts alice and allows sessions of up to 12 hours. As alice, assume it for 7200 seconds and keep the credentials:

\`\`\`
awsl --profile identity-alice sts assume-role --role-arn ${JUMP_ARN} \\
  --role-session-name jump --duration-seconds 7200 --output json > jump.json
\`\`\`

Then make a profile \`jump\` of them (\`aws configure set profile.jump.aws_access_key_id …\`, the secret and the session token).`,
      checks: [
        {
          id: "jump-session",
          kind: "session",
          label: "alice holds a two-hour session of JumpRole, assumed directly",
          role: { role: JUMP, account: "identity" },
          from: "{{user.alice.arn}}",
          chainDepth: { max: 0 },
          duration: { eq: 7200 },
        },
      ],
      hints: ["`--duration-seconds` sets the session length; it may not exceed the role's maximum session duration."],
      solution: {
        console: ["The console's Switch role always asks for one hour: use the CLI for this lab."],
        cli: [
          `awsl --profile identity-alice sts assume-role --role-arn ${JUMP_ARN} --role-session-name jump --duration-seconds 7200 --output json > jump.json`,
          profileFromJson("jump", "jump.json"),
        ],
      },
    },
    {
      id: "chain-too-long",
      title: "Chain to DeployRole for two hours",
      body: `\`${DEPLOY}\` in workload-dev trusts \`${JUMP}\` and allows 4-hour sessions. With the JumpRole credentials, ask for 7200 seconds:

\`\`\`
${assumeDeploy(7200)}
\`\`\``,
      checks: [
        {
          id: "chain-refused",
          kind: "event",
          label: "A chained AssumeRole of DeployRole was refused for its duration",
          eventName: "AssumeRole",
          by: `assumed-role/${JUMP}/`,
          target: DEPLOY_ARN,
          result: "Failure",
          errorCode: "ValidationError",
        },
      ],
      hints: ["Read the error message: it names the limit that applies to chained sessions."],
      solution: {
        console: ["Use the CLI for this lab."],
        cli: [`${assumeDeploy(7200)}`],
      },
    },
    {
      id: "chain-hour",
      title: "Retry within the cap",
      body: `Retry with \`--duration-seconds 3600\` (or leave it out: one hour is the default).`,
      checks: [
        {
          id: "chained-session",
          kind: "session",
          label: "DeployRole has a chained session of at most one hour",
          role: { role: DEPLOY, account: "workload" },
          chainDepth: { min: 1 },
          duration: { max: 3600 },
        },
        {
          id: "chained-max",
          kind: "answer",
          label: "The longest chained session",
          question: "How many seconds can a session of DeployRole last when it is assumed from a JumpRole session?",
          expect: "3600",
        },
      ],
      hints: ["DeployRole's own maximum (4 h) does not apply to a chained session."],
      solution: {
        console: ["Use the CLI for this lab."],
        cli: [assumeDeploy(3600)],
      },
    },
  ],
};

export default lab;

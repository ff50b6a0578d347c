// L11 (training-spec §4): two ways into another account's bucket (seed 000). Through a resource
// policy, alice keeps her own identity and permissions; through a role, she trades them for the
// role's. The sandbox has no S3 data plane: the bucket `shared-reports` in workload-dev is simulated
// by its policy document, which the checks pass to the policy engine as the resource policy, with
// workload-dev as the resource's owner (the simulator's --resource-policy / --resource-owner).
import type { LabDefinition } from "@/lib/labs/types";
import { allow, policyDoc, q, roleArn, trustAws } from "../_shared/policy";
import { admin, createRole, putRolePolicy, putUserPolicy } from "../_shared/calls";

const BUCKET = "arn:aws:s3:::shared-reports";
const REPORT = `${BUCKET}/q1.csv`;
const NOTE = "arn:aws:s3:::alice-notes/x";
const READER = "ReportsReader";
const READER_ARN = roleArn("workload", READER);
const ALICE = { user: "alice", account: "identity" };
const OWNER_ROOT = "arn:aws:iam::{{acct.workload}}:root";

/** The bucket's policy as the workload account left it: only its own reader role may read. */
const BUCKET_TODAY = policyDoc({ Sid: "Readers", Effect: "Allow", Principal: { AWS: READER_ARN }, Action: "s3:GetObject", Resource: `${BUCKET}/*` });
/** The policy the learner writes: the same, plus alice by ARN. */
const BUCKET_WITH_ALICE = policyDoc(
  { Sid: "Readers", Effect: "Allow", Principal: { AWS: READER_ARN }, Action: "s3:GetObject", Resource: `${BUCKET}/*` },
  { Sid: "Alice", Effect: "Allow", Principal: { AWS: "{{user.alice.arn}}" }, Action: "s3:GetObject", Resource: `${BUCKET}/*` },
);
const ALICE_READS = allow("s3:GetObject", `${BUCKET}/*`);

const getReport = (id: string, label: string, resourcePolicy: string, expect: "allow" | "deny") =>
  ({ id, kind: "can", label, principal: ALICE, action: "s3:GetObject", resource: REPORT, resourcePolicy, resourceOwner: "workload", expect }) as const;
const identitySideReady = (id: string) =>
  ({ id, kind: "can", label: "alice's own policies allow reading the reports", principal: ALICE, action: "s3:GetObject", resource: REPORT, expect: "allow" }) as const;

const lab: LabDefinition = {
  id: "identity-vs-resource-policy",
  version: 1,
  title: "Role versus resource policy",
  level: "Intermediate",
  track: "Cross-account",
  minutes: 20,
  concepts: ["resource-based policy", "cross-account access", "policy simulator", "role trade-off"],
  seeds: ["000"],
  goal: "Let alice read `shared-reports` in workload-dev ({{acct.workload}}) while she keeps writing her own `alice-notes` bucket in identity.",
  lessonLearned:
    "Across accounts, a request needs an allow on both sides: the caller's identity policy in its account and a resource policy in the resource's account. With a bucket policy naming her, alice keeps her identity and all her permissions at once. Assuming a role in the other account also works, but while she uses the role's session she has only the role's permissions, and her own bucket is out of reach.",
  startUrl: "/policysim",
  setup: {
    accessKeys: [{ name: "alice", user: "alice" }],
    calls: [
      putUserPolicy(
        admin("identity"),
        "alice",
        "AliceNotes",
        policyDoc(
          { Effect: "Allow", Action: "s3:*", Resource: ["arn:aws:s3:::alice-notes", "arn:aws:s3:::alice-notes/*"] },
          { Effect: "Allow", Action: "sts:AssumeRole", Resource: READER_ARN },
        ),
      ),
      createRole(admin("workload"), READER, trustAws("{{user.alice.arn}}"), { Description: "Reads shared-reports" }),
      putRolePolicy(admin("workload"), READER, "ReadReports", allow("s3:GetObject", `${BUCKET}/*`)),
    ],
  },
  actors: [],
  steps: [
    {
      id: "identity-side",
      title: "Allow alice in her own account",
      body: `The bucket \`shared-reports\` belongs to workload-dev; this sandbox keeps only its policy, which today lets the role \`${READER}\` read:

\`\`\`json
${JSON.stringify(JSON.parse(BUCKET_TODAY), null, 2)}
\`\`\`

In the identity account, give alice an inline policy \`ReadSharedReports\` that allows \`s3:GetObject\` on \`${BUCKET}/*\`. Then simulate alice's \`s3:GetObject\` on \`${REPORT}\` with that bucket policy as the resource policy and \`${OWNER_ROOT}\` as the resource owner (\`simulate-principal-policy … --resource-policy file://bucket.json --resource-owner ${OWNER_ROOT}\`). The console's simulator takes a resource policy but no owner, so it treats the bucket as alice's own: use the CLI for the cross-account answer.`,
      checks: [
        identitySideReady("identity-ready"),
        {
          id: "bucket-refuses",
          kind: "all",
          label: "Against today's bucket policy, alice still cannot read a report",
          of: [identitySideReady("identity-ready-again"), getReport("today-denied", "with today's bucket policy", BUCKET_TODAY, "deny")],
        },
      ],
      hints: ["The bucket is in another account: its owner must allow alice too."],
      solution: {
        console: ["**Users** → alice → **Add permissions** → **Create inline policy**: allow `s3:GetObject` on `" + BUCKET + "/*`, name `ReadSharedReports`."],
        cli: [`awsl --profile identity-admin iam put-user-policy --user-name alice --policy-name ReadSharedReports --policy-document ${q(ALICE_READS)}`],
      },
    },
    {
      id: "resource-side",
      title: "Add alice to the bucket policy",
      body: `Write the bucket policy with a second statement naming \`{{user.alice.arn}}\` as the principal, save it as \`bucket.json\`, and simulate alice's \`s3:GetObject\` on \`${REPORT}\` and \`s3:PutObject\` on \`${NOTE}\`:

\`\`\`
awsl --profile identity-admin iam simulate-principal-policy --policy-source-arn {{user.alice.arn}} \\
  --action-names s3:GetObject --resource-arns ${REPORT} \\
  --resource-policy file://bucket.json --resource-owner ${OWNER_ROOT}
\`\`\`

AWS's simulator takes a resource policy only for IAM users, like alice.`,
      checks: [
        {
          id: "simulated",
          kind: "event",
          label: "alice's access was simulated",
          eventName: "SimulatePrincipalPolicy",
          result: "Success",
        },
        {
          id: "both-sets",
          kind: "all",
          label: "With alice in the bucket policy, she reads the reports and keeps her own bucket",
          of: [
            getReport("with-alice", "with the new bucket policy", BUCKET_WITH_ALICE, "allow"),
            { id: "own-notes", kind: "can", label: "her own bucket", principal: ALICE, action: "s3:PutObject", resource: NOTE, expect: "allow" },
          ],
        },
        {
          id: "sim-decision",
          kind: "answer",
          label: "The simulator's decision",
          question: "What is the EvalDecision for s3:GetObject on the report with your bucket policy?",
          choices: ["allowed", "implicitDeny", "explicitDeny"],
          expect: "allowed",
        },
      ],
      hints: ['The new statement is `{"Effect": "Allow", "Principal": {"AWS": "{{user.alice.arn}}"}, "Action": "s3:GetObject", "Resource": "' + BUCKET + '/*"}`.'],
      solution: {
        console: [
          "**Policy simulator** → user alice → service S3, action GetObject, resource `" + REPORT + "`.",
          "Tick **Include Resource Policy**, paste the bucket policy with alice's statement → **Run simulation** (the console has no resource-owner field; the CLI line below sets it).",
        ],
        cli: [
          `printf '%s' ${q(BUCKET_WITH_ALICE)} > bucket.json`,
          `awsl --profile identity-admin iam simulate-principal-policy --policy-source-arn {{user.alice.arn}} --action-names s3:GetObject --resource-arns ${REPORT} --resource-policy file://bucket.json --resource-owner ${OWNER_ROOT}`,
        ],
      },
    },
    {
      id: "role-route",
      title: "Now go through the role",
      body: `\`${READER}\` in workload-dev trusts alice and reads the reports. Assume it as alice (Switch role, or \`sts assume-role\`), and think about what that session can still do with \`alice-notes\`.`,
      checks: [
        {
          id: "role-loses-notes",
          kind: "all",
          label: "alice used the role, whose session cannot write her own bucket",
          of: [
            { id: "reader-session", kind: "session", label: "alice assumed the reader role", role: { role: READER, account: "workload" }, from: "{{user.alice.arn}}" },
            {
              id: "reader-no-notes",
              kind: "can",
              label: "the role's session writing alice-notes",
              principal: { roleSession: { role: READER, account: "workload" } },
              action: "s3:PutObject",
              resource: NOTE,
              resourceOwner: "identity",
              expect: "deny",
            },
          ],
        },
        {
          id: "which-route",
          kind: "answer",
          label: "The route that keeps both",
          question: "Which route lets alice read shared-reports and write alice-notes with the same credentials?",
          choices: ["The bucket policy naming alice", "The ReportsReader role"],
          expect: "The bucket policy naming alice",
        },
      ],
      hints: ["A role session has the role's permissions only, not those of the user who assumed it."],
      solution: {
        console: ["Sign in as alice → **Switch role** → account `{{acct.workload}}`, role `" + READER + "`."],
        cli: [
          `awsl --profile identity-alice sts assume-role --role-arn ${READER_ARN} --role-session-name alice --output json > reader.json`,
        ],
      },
    },
  ],
};

export default lab;

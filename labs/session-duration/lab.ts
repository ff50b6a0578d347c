// L8 (training-spec §4): a role's MaxSessionDuration caps what AssumeRole may ask for, and 900 s is the floor.
import type { LabDefinition } from "@/lib/labs/types";
import { createRole } from "../_shared/calls";
import { trustAws } from "../_shared/policy";

const ROLE = "BatchProcessingRole";
const TRUST = trustAws("{{user.alice.arn}}");
const ASSUME = `awsl sts assume-role --profile identity-alice --role-arn {{role.${ROLE}.arn}} --role-session-name batch`;

const lab: LabDefinition = {
  id: "session-duration",
  version: 1,
  title: "Session duration",
  level: "Fundamental",
  track: "Fundamentals",
  minutes: 10,
  concepts: ["MaxSessionDuration", "DurationSeconds", "AssumeRole"],
  seeds: ["000", "003", "004"],
  goal: `Get a 12-hour session of ${ROLE}: find out what stops it, change the role, and meet the lower limit too.`,
  lessonLearned:
    "DurationSeconds can ask for any length from 900 s (15 minutes) up to the role's MaxSessionDuration, which is 1 hour unless you raise it (to at most 12 hours). Asking for more, or less, is a ValidationError before any session is issued. Role chaining caps sessions at 1 hour whatever the role allows.",
  startUrl: "/iam/roles",
  setup: {
    accessKeys: [{ name: "alice", user: "alice" }],
    calls: [createRole({ user: "admin" }, ROLE, TRUST, { Description: "Nightly batch jobs" })],
  },
  actors: [],
  steps: [
    {
      id: "too-long",
      title: "Ask for 12 hours",
      body: `As **alice** (CLI profile \`identity-alice\`), assume **${ROLE}** with \`--duration-seconds 43200\` (12 hours). Read the error.`,
      checks: [
        {
          id: "denied-43200",
          kind: "event",
          label: "An AssumeRole asking for 43200 s failed validation",
          eventName: "AssumeRole",
          target: `{{role.${ROLE}.arn}}`,
          result: "Failure",
          errorCode: "ValidationError",
          params: { durationSeconds: "43200" },
        },
      ],
      hints: ["`aws sts assume-role` takes `--duration-seconds`.", "The error names the role setting that caps the duration."],
      solution: {
        console: ["The console always asks for 1 hour: use the CLI for this step (Credentials card → CLI config)."],
        cli: [`${ASSUME} --duration-seconds 43200`],
      },
    },
    {
      id: "raise-maximum",
      title: "Raise the maximum",
      body: `Raise ${ROLE}'s **Maximum session duration** to 12 hours, in the role's *Edit* page or with \`aws iam update-role\`.`,
      checks: [{ id: "max-43200", kind: "entity", label: `${ROLE} allows 12-hour sessions`, entity: "role", name: ROLE, has: { maxSessionDuration: 43200 } }],
      hints: ["Roles → the role → Summary → Edit → Maximum session duration.", "The CLI takes seconds: `--max-session-duration`."],
      solution: {
        console: [`Roles → ${ROLE} → Edit → Maximum session duration: 12 hours → Save changes.`],
        cli: [`awsl iam update-role --profile identity-admin --role-name ${ROLE} --max-session-duration 43200`],
      },
    },
    {
      id: "assume-both",
      title: "Assume for 12 hours, then for 10 minutes",
      body:
        "Assume the role again with 43200 s, then once more with 600 s. The AWS CLI refuses 600 itself before sending anything " +
        "(*Parameter validation failed*); to see what STS answers, turn the CLI's own check off for the profile: " +
        "`aws configure set parameter_validation false --profile identity-alice`.",
      checks: [
        { id: "session-43200", kind: "session", label: "A session lasting exactly 12 hours", role: { role: ROLE }, duration: { eq: 43200 }, window: "step" },
        {
          id: "denied-600",
          kind: "event",
          label: "An AssumeRole asking for 600 s failed validation",
          eventName: "AssumeRole",
          target: `{{role.${ROLE}.arn}}`,
          result: "Failure",
          errorCode: "ValidationError",
          params: { durationSeconds: "600" },
          window: "step",
        },
      ],
      hints: ["Both calls are the same as in step 1 with another `--duration-seconds`.", "Is there a lower limit too? Where is it checked: in the CLI, or in STS?"],
      solution: {
        console: ["Use the CLI: the console's Switch role always asks for 1 hour."],
        cli: [`${ASSUME} --duration-seconds 43200`, "aws configure set parameter_validation false --profile identity-alice", `${ASSUME} --duration-seconds 600`],
      },
      final: true,
    },
  ],
};

export default lab;

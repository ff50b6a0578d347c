// GetContextKeysForCustomPolicy, GetContextKeysForPrincipalPolicy and ListPoliciesGrantingServiceAccess
// through the real @aws-sdk/client-iam and SigV4: AWS's documented answers, errors, and authorization
// on the ARN before the entity is looked up.
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetContextKeysForCustomPolicyCommand,
  GetContextKeysForPrincipalPolicyCommand,
  IAMClient,
  ListPoliciesGrantingServiceAccessCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { deniedWithoutPolicy, sdkFailure } from "@/lib/wire/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

let admin: IAMClient;
let alice: IAMClient;
const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
const doc = (statement: object) => JSON.stringify({ Version: "2012-10-17", Statement: statement });

iamSdkSuite((suite) => ({ admin, alice } = suite));

describe("GetContextKeysForCustomPolicy", () => {
  it("answers AWS's documented example: the Resource's variable, then the condition key, as written", async () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/iam_example_iam_GetContextKeysForCustomPolicy_section.html
    const policy = doc({
      Effect: "Allow",
      Action: "dynamodb:*",
      Resource: "arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}",
      Condition: { DateGreaterThan: { "aws:CurrentTime": "2015-08-16T12:00:00Z" } },
    });
    expect((await admin.send(new GetContextKeysForCustomPolicyCommand({ PolicyInputList: [policy] }))).ContextKeyNames).toEqual(["aws:username", "aws:CurrentTime"]);
  });

  it("lists each key once across several documents, condition-value variables included", async () => {
    const one = doc([
      { Effect: "Allow", Action: "s3:GetObject", Resource: "*", Condition: { StringEquals: { "s3:prefix": "${aws:userid}/", "aws:RequestedRegion": "eu-west-1" } } },
    ]);
    const two = doc({ Effect: "Deny", Action: "*", Resource: "*", Condition: { "ForAnyValue:StringLike": { "AWS:RequestedRegion": ["us-*"] }, Bool: { "aws:MultiFactorAuthPresent": "false" } } });
    const got = await admin.send(new GetContextKeysForCustomPolicyCommand({ PolicyInputList: [one, two] }));
    expect(got.ContextKeyNames).toEqual(["s3:prefix", "aws:userid", "aws:RequestedRegion", "aws:MultiFactorAuthPresent"]);
    const none = await admin.send(new GetContextKeysForCustomPolicyCommand({ PolicyInputList: [doc({ Effect: "Allow", Action: "*", Resource: "*" })] }));
    expect(none.ContextKeyNames ?? []).toEqual([]);
  });

  it("refuses a malformed document, and a caller without iam:GetContextKeysForCustomPolicy on *", async () => {
    expect(await sdkFailure(admin.send(new GetContextKeysForCustomPolicyCommand({ PolicyInputList: ["{not json"] })))).toMatchObject({ name: "MalformedPolicyDocumentException", status: 400 });
    expect(await sdkFailure(alice.send(new GetContextKeysForCustomPolicyCommand({ PolicyInputList: ["{not json"] })))).toEqual({
      // AWS names no resource in the message for an action authorized on "*".
      name: "AccessDenied",
      status: 403,
      message: `User: ${ALICE} is not authorized to perform: iam:GetContextKeysForCustomPolicy because no identity-based policy allows the iam:GetContextKeysForCustomPolicy action`,
    });
  });
});

describe("GetContextKeysForPrincipalPolicy", () => {
  it("a user's keys include its own policies, its groups' policies and the extra input", async () => {
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html
    await admin.send(new CreateUserCommand({ UserName: "keys-user" }));
    await admin.send(new CreateGroupCommand({ GroupName: "keys-group" }));
    await admin.send(new AddUserToGroupCommand({ GroupName: "keys-group", UserName: "keys-user" }));
    await admin.send(new PutUserPolicyCommand({ UserName: "keys-user", PolicyName: "own", PolicyDocument: doc({ Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { StringEquals: { "ec2:InstanceType": "t3.micro" } } }) }));
    await admin.send(new PutGroupPolicyCommand({ GroupName: "keys-group", PolicyName: "grp", PolicyDocument: doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::home/${aws:username}/*" }) }));
    const { Policy } = await admin.send(new CreatePolicyCommand({ PolicyName: "keys-managed", PolicyDocument: doc({ Effect: "Allow", Action: "iam:*", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } }) }));
    await admin.send(new AttachUserPolicyCommand({ UserName: "keys-user", PolicyArn: Policy?.Arn }));
    const extra = doc({ Effect: "Allow", Action: "sns:*", Resource: "*", Condition: { StringEquals: { "aws:PrincipalTag/team": "blue" } } });
    const got = await admin.send(new GetContextKeysForPrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${ACCT}:user/keys-user`, PolicyInputList: [extra] }));
    expect([...(got.ContextKeyNames ?? [])].sort()).toEqual(["aws:PrincipalTag/team", "aws:SourceIp", "aws:username", "ec2:InstanceType"]);
    // The group alone has only its own policy.
    const group = await admin.send(new GetContextKeysForPrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${ACCT}:group/keys-group` }));
    expect(group.ContextKeyNames).toEqual(["aws:username"]);
  });

  it("answers NoSuchEntity for a missing entity, and AccessDenied before looking it up", async () => {
    const missing = `arn:aws:iam::${ACCT}:role/no-such-role`;
    expect(await sdkFailure(admin.send(new GetContextKeysForPrincipalPolicyCommand({ PolicySourceArn: missing })))).toMatchObject({ name: "NoSuchEntityException", status: 404 });
    expect(await sdkFailure(alice.send(new GetContextKeysForPrincipalPolicyCommand({ PolicySourceArn: missing })))).toEqual(deniedWithoutPolicy(ALICE, "GetContextKeysForPrincipalPolicy", missing));
  });
});

describe("ListPoliciesGrantingServiceAccess", () => {
  it("lists, per namespace, the managed and inline policies of a user and its groups that allow the service", async () => {
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPoliciesGrantingServiceAccess.html
    await admin.send(new CreateUserCommand({ UserName: "grant-user" }));
    await admin.send(new CreateGroupCommand({ GroupName: "grant-group" }));
    await admin.send(new AddUserToGroupCommand({ GroupName: "grant-group", UserName: "grant-user" }));
    await admin.send(new PutUserPolicyCommand({ UserName: "grant-user", PolicyName: "s3-read", PolicyDocument: doc({ Effect: "Allow", Action: ["s3:Get*"], Resource: "*" }) }));
    await admin.send(new PutGroupPolicyCommand({ GroupName: "grant-group", PolicyName: "deny-ec2", PolicyDocument: doc({ Effect: "Deny", Action: "ec2:*", Resource: "*" }) }));
    const { Policy } = await admin.send(new CreatePolicyCommand({ PolicyName: "grant-everything", PolicyDocument: doc({ Effect: "Allow", Action: "*", Resource: "*" }) }));
    await admin.send(new AttachGroupPolicyCommand({ GroupName: "grant-group", PolicyArn: Policy?.Arn }));
    const arn = `arn:aws:iam::${ACCT}:user/grant-user`;
    const got = await admin.send(new ListPoliciesGrantingServiceAccessCommand({ Arn: arn, ServiceNamespaces: ["s3", "ec2"] }));
    expect(got.IsTruncated).toBe(false);
    const managed = { PolicyName: "grant-everything", PolicyType: "MANAGED", PolicyArn: Policy?.Arn };
    expect(got.PoliciesGrantingServiceAccess).toEqual([
      { ServiceNamespace: "s3", Policies: [managed, { PolicyName: "s3-read", PolicyType: "INLINE", EntityType: "USER", EntityName: "grant-user" }] },
      { ServiceNamespace: "ec2", Policies: [managed] },
    ]);

    await admin.send(new CreateRoleCommand({ RoleName: "grant-role", AssumeRolePolicyDocument: doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }) }));
    await admin.send(new PutRolePolicyCommand({ RoleName: "grant-role", PolicyName: "ec2-all", PolicyDocument: doc({ Effect: "Allow", Action: "ec2:*", Resource: "*" }) }));
    const role = await admin.send(new ListPoliciesGrantingServiceAccessCommand({ Arn: `arn:aws:iam::${ACCT}:role/grant-role`, ServiceNamespaces: ["ec2", "iam"] }));
    expect(role.PoliciesGrantingServiceAccess).toEqual([
      { ServiceNamespace: "ec2", Policies: [{ PolicyName: "ec2-all", PolicyType: "INLINE", EntityType: "ROLE", EntityName: "grant-role" }] },
      { ServiceNamespace: "iam", Policies: [] },
    ]);
  });

  it("refuses bad namespaces and missing entities, and authorizes on the ARN first", async () => {
    const arn = `arn:aws:iam::${ACCT}:user/grant-nobody`;
    expect(await sdkFailure(admin.send(new ListPoliciesGrantingServiceAccessCommand({ Arn: arn, ServiceNamespaces: ["s3"] })))).toMatchObject({ name: "NoSuchEntityException", status: 404 });
    expect(await sdkFailure(admin.send(new ListPoliciesGrantingServiceAccessCommand({ Arn: ALICE, ServiceNamespaces: ["not-a-service"] })))).toMatchObject({ name: "InvalidInputException", status: 400 });
    const bad = await sdkFailure(admin.send(new ListPoliciesGrantingServiceAccessCommand({ Arn: ALICE, ServiceNamespaces: ["s3!"] })));
    expect(bad).toMatchObject({ name: "ValidationError", status: 400 });
    expect(bad.message).toContain("Member must satisfy regular expression pattern: [\\w-]*");
    const tooMany = Array.from({ length: 201 }, () => "s3");
    expect(await sdkFailure(admin.send(new ListPoliciesGrantingServiceAccessCommand({ Arn: ALICE, ServiceNamespaces: tooMany })))).toMatchObject({ name: "ValidationError" });
    expect(await sdkFailure(alice.send(new ListPoliciesGrantingServiceAccessCommand({ Arn: arn, ServiceNamespaces: ["s3"] })))).toEqual(deniedWithoutPolicy(ALICE, "ListPoliciesGrantingServiceAccess", arn));
  });
});

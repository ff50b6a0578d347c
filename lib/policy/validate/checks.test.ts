import { describe, expect, it } from "vitest";
import { allow, codes, expectFinding, run } from "./test-support";

const cond = (condition: unknown, extra: Record<string, unknown> = {}) => allow({ Condition: condition, ...extra });

describe("validatePolicy: actions", () => {
  it("unknown action, with a suggestion when one is close", async () => {
    const f = expectFinding(await run(allow({ Action: ["s3:GetObject", "s3:GetObjekt"] })), "INVALID_ACTION", "ERROR", '"s3:GetObjekt"');
    expect(f.findingDetails).toBe("Invalid action: The action s3:GetObjekt does not exist. Did you mean s3:GetObject?");
    expect(f.locations[0].path).toEqual(["Statement", 0, "Action", 1]);
  });

  it("a wildcard that matches no action", async () => {
    const f = expectFinding(await run(allow({ Action: "s3:Gett*" })), "INVALID_ACTION", "ERROR", '"s3:Gett*"');
    expect(f.findingDetails).toBe("Invalid action: The action s3:Gett* does not exist.");
  });

  it("unknown service, malformed action", async () => {
    const f = expectFinding(await run(allow({ Action: "s3x:GetObject" })), "INVALID_SERVICE_IN_ACTION", "ERROR", '"s3x:GetObject"');
    expect(f.findingDetails).toMatch(/^Invalid service in action: The service s3x:GetObject specified in the action does not exist\. Did you mean s3[a-z0-9-]*\?$/);
    expectFinding(await run(allow({ Action: "s3GetObject" })), "INVALID_ACTION", "ERROR", '"s3GetObject"');
  });

  it("action names are case-insensitive", async () => {
    expect((await run(allow({ Action: ["S3:getobject", "IAM:listroles"], Resource: "*" }))).findings).toEqual([]);
  });

  it("redundant actions: covered entries only, keeping the first of equals", async () => {
    const r = await run(allow({ Action: ["iam:Get*", "iam:List*", "iam:GetCredentialReport", "iam:*CredentialReport"], Resource: "*" }));
    expectFinding(r, "REDUNDANT_ACTION", "SUGGESTION", '"iam:GetCredentialReport"');
    expect(codes(r).filter((c) => c === "REDUNDANT_ACTION")).toHaveLength(1);
    const dup = await run(allow({ Action: ["s3:GetObject", "s3:getobject"] }));
    expectFinding(dup, "REDUNDANT_ACTION", "SUGGESTION", '"s3:getobject"');
    expect(codes(dup)).toEqual(["REDUNDANT_ACTION"]);
  });

  it("iam:PassRole on every role", async () => {
    expectFinding(await run(allow({ Action: "iam:PassRole", Resource: "arn:aws:iam::111122223333:role/*" })), "PASS_ROLE_WITH_STAR_IN_RESOURCE", "SECURITY_WARNING");
    expectFinding(await run(allow({ Action: "iam:*", Resource: "*" })), "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE", "SECURITY_WARNING", '"*"');
    expectFinding(await run(allow({ Action: undefined, NotAction: "s3:*", Resource: "*" })), "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION", "SECURITY_WARNING");
    const scoped = allow({ Action: "iam:PassRole", Resource: "*", Condition: { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } } });
    expect(codes(await run(scoped))).toEqual([]);
    expect(codes(await run(allow({ Action: "iam:PassRole", Resource: "arn:aws:iam::111122223333:role/app-role" })))).toEqual([]);
  });
});

describe("validatePolicy: resources", () => {
  it("ARN syntax", async () => {
    expectFinding(await run(allow({ Resource: "bucket/*" })), "INVALID_ARN_PREFIX", "ERROR", '"bucket/*"');
    expectFinding(await run(allow({ Resource: "arn:aws:s3:bucket" })), "MISSING_ARN_FIELD", "ERROR", '"arn:aws:s3:bucket"');
    expectFinding(await run(allow({ Action: "iam:GetRole", Resource: "arn:aws:iam::12345:role/x" })), "INVALID_ARN_ACCOUNT", "ERROR");
    expectFinding(await run(allow({ Resource: "arn:aws:S3:::bucket/*" })), "INVALID_ARN_SERVICE_CASE", "ERROR");
  });

  it("ARN against its service's resource types", async () => {
    const role = "arn:aws:iam:us-east-1:111122223333:role/x";
    expectFinding(await run(allow({ Action: "iam:GetRole", Resource: role })), "ARN_REGION_NOT_ALLOWED", "ERROR", JSON.stringify(role));
    const inst = "arn:aws:ec2::111122223333:instance/i-0abc";
    expectFinding(await run(allow({ Action: "ec2:StartInstances", Resource: inst })), "MISSING_ARN_REGION", "ERROR", JSON.stringify(inst));
    expectFinding(await run(allow({ Action: "iam:GetRole", Resource: "arn:aws:iam::111122223333:rolex/x" })), "INVALID_ARN_RESOURCE", "ERROR");
    const fine = allow({ Action: ["iam:GetRole", "iam:GetUser"], Resource: ["arn:aws:iam::111122223333:role/a/b", "arn:aws:iam::*:root", "arn:aws:iam::111122223333:user/${aws:username}"] });
    expect(codes(await run(fine))).toEqual([]);
  });

  it("a resource of a service none of the actions touch", async () => {
    const role = "arn:aws:iam::111122223333:role/app";
    const f = expectFinding(await run(allow({ Resource: role })), "ACTION_RESOURCE_MISMATCH", "WARNING", JSON.stringify(role));
    expect(f.findingDetails).toContain("s3:GetObject");
    // sts:AssumeRole acts on IAM roles: no mismatch across the two services.
    expect(codes(await run(allow({ Action: "sts:AssumeRole", Resource: role })))).toEqual([]);
  });
});

describe("validatePolicy: conditions", () => {
  it("operators", async () => {
    expectFinding(await run(cond({ StringEqualz: { "aws:username": "a" } })), "INVALID_CONDITION_OPERATOR", "ERROR", '"StringEqualz"');
    expectFinding(await run(cond({ NullIfExists: { "aws:username": "true" } })), "NULL_WITH_IF_EXISTS", "ERROR", '"NullIfExists"');
    expectFinding(await run(cond({ "ForAnyValue:Null": { "aws:TagKeys": "true" } })), "NULL_WITH_QUALIFIER", "SUGGESTION");
    const ok = cond({ "ForAnyValue:StringLikeIfExists": { "aws:TagKeys": ["team*"] }, DateLessThan: { "aws:CurrentTime": "2030-01-01T00:00:00Z" } });
    expect(codes(await run(ok))).toEqual([]);
  });

  it("condition keys", async () => {
    expectFinding(await run(cond({ StringEquals: { "aws:usernam": "a" } })), "INVALID_GLOBAL_CONDITION_KEY", "ERROR", '"aws:usernam"');
    expectFinding(await run(cond({ StringEquals: { "s3:prefixx": "a" } })), "INVALID_SERVICE_CONDITION_KEY", "ERROR", '"s3:prefixx"');
    expectFinding(await run(cond({ StringEquals: { username: "a" } })), "INVALID_CONDITION_KEY_FORMAT", "ERROR", '"username"');
    expectFinding(await run(cond({ StringEquals: { "aws:ARN": "a" } })), "DEPRECATED_GLOBAL_CONDITION_KEY", "WARNING");
    const dup = await run(cond({ StringEquals: { "aws:username": "a", "AWS:UserName": "b" } }));
    expectFinding(dup, "DUPLICATE_KEYS_WITH_DIFFERENT_CASE", "ERROR", '"AWS:UserName"');
    const known = cond({ StringEquals: { "aws:PrincipalTag/team": "x", "s3:ExistingObjectTag/stage": "y", "secretsmanager:ResourceTag/a:b": "z" } });
    expect(codes(await run(known))).toEqual([]);
  });

  it("operator / key type mismatch", async () => {
    const f = expectFinding(await run(cond({ DateLessThan: { "aws:username": "2020-01-01" } })), "TYPE_MISMATCH", "WARNING", '"aws:username"');
    expect(f.findingDetails).toBe("Type mismatch: Use the operator type String instead of operator DateLessThan for the condition key aws:username.");
    expectFinding(await run(cond({ StringEquals: { "aws:MultiFactorAuthPresent": "true" } })), "TYPE_MISMATCH", "WARNING");
    expect(codes(await run(cond({ StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/x" } })))).toEqual([]);
  });

  it("values that do not fit the operator", async () => {
    expectFinding(await run(cond({ DateGreaterThan: { "aws:CurrentTime": "yesterday" } })), "TYPE_MISMATCH_DATE", "WARNING", '"yesterday"');
    expectFinding(await run(cond({ DateGreaterThan: { "aws:CurrentTime": 1700000000 } })), "INVALID_DATE_VALUE", "WARNING", "1700000000");
    expectFinding(await run(cond({ NumericLessThan: { "aws:MultiFactorAuthAge": "1h" } })), "TYPE_MISMATCH_NUMBER", "WARNING", '"1h"');
    expectFinding(await run(cond({ Bool: { "aws:SecureTransport": "yes" } })), "TYPE_MISMATCH_BOOLEAN", "WARNING", '"yes"');
    expectFinding(await run(cond({ IpAddress: { "aws:SourceIp": "10.0.0.300/8" } })), "TYPE_MISMATCH_IP_RANGE", "WARNING", '"10.0.0.300/8"');
    const ip = expectFinding(await run(cond({ IpAddress: { "aws:SourceIp": "203.0.113.5/24" } })), "IMPROVE_IP_RANGE", "SUGGESTION");
    expect(ip.findingDetails).toContain("Replace 203.0.113.5/24 with 203.0.113.0/24.");
    expect(codes(await run(cond({ IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32", "198.51.100.7"] } })))).toEqual([]);
    expectFinding(await run(cond({ Bool: { "aws:SecureTransport": ["true", "false"] } })), "INVALID_CONDITION_MULTIPLE_BOOLEAN", "ERROR");
    expectFinding(await run(cond({ StringEquals: { "aws:username": { a: 1 } } })), "DATA_TYPE_MISMATCH", "ERROR");
  });

  it("variables, wildcards, empty values and set qualifiers", async () => {
    expectFinding(await run(cond({ NumericLessThan: { "aws:MultiFactorAuthAge": "${aws:username}" } })), "INVALID_VARIABLE_FOR_OPERATOR", "ERROR");
    expectFinding(await run(cond({ StringEquals: { "aws:username": "adm*" } })), "WILDCARD_WITHOUT_LIKE_OPERATOR", "WARNING", '"adm*"');
    expect(codes(await run(cond({ StringEquals: { "aws:username": "a${*}b" } })))).toEqual([]);
    expectFinding(await run(cond({ StringEquals: { "aws:username": [] } })), "EMPTY_ARRAY_CONDITION", "SUGGESTION", "[]");
    expectFinding(await run(cond({ "ForAllValues:StringEquals": { "aws:TagKeys": [] } })), "EMPTY_ARRAY_CONDITION_FORALLVALUES", "SUGGESTION");
    expectFinding(await run(cond({})), "EMPTY_OBJECT_CONDITION", "SUGGESTION", "{}");
    expectFinding(await run(cond({ "ForAllValues:StringEquals": { "aws:username": "a" } })), "FORALLVALUES_WITH_SINGLE_VALUED_KEY", "SECURITY_WARNING", '"aws:username"');
    expectFinding(await run(cond({ StringEquals: { "aws:TagKeys": "team" } })), "MISSING_QUALIFIER", "ERROR", '"aws:TagKeys"');
  });

  it("OIDC provider keys are open-ended", async () => {
    const doc = {
      Version: "2012-10-17",
      Statement: [{
        Effect: "Allow",
        Principal: { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: {
          StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
          StringLike: { "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main" },
        },
      }],
    };
    expect(codes(await run(doc, "trust"))).toEqual([]);
  });
});

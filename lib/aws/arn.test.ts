// The one ARN parser: what IAM accepts per parameter kind and the error it answers otherwise.
// Sources: ValidationError "Invalid ARN: Could not be parsed" for a value that is not ARN-shaped (issue #12's
// recorded AWS answer; lib/aws/arn.ts has the quotes); InvalidInput "ARN … is not valid." (https://github.com/hashicorp/vault/issues/2302 — a role
// ARN given as PolicyArn; https://github.com/davidtucker/ps-serverless-app/issues/19 — a malformed
// policy ARN); ValidationError "Invalid ARN partition" (https://github.com/pulumi/pulumi-aws-apigateway/issues/347);
// service iam, empty region, a valid IAM resource type (AWS's notice, https://github.com/cloud-gov/aws-broker/issues/383).
import { describe, expect, it } from "vitest";
import { ARN_KINDS, isIamArn, parseArn, parseIamArn } from "./arn";

const error = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    const err = e as { code: string; message: string; status: number };
    return { code: err.code, message: err.message, status: err.status };
  }
  return null;
};

describe("parseArn", () => {
  it("splits the six fields; the resource keeps its colons", () => {
    expect(parseArn("arn:aws:sts::111111111111:assumed-role/R/s")).toEqual({ partition: "aws", service: "sts", region: "", account: "111111111111", resource: "assumed-role/R/s" });
    expect(parseArn("arn:aws:logs:us-east-1:111111111111:log-group:g:*")?.resource).toBe("log-group:g:*");
  });
  it.each(["not-an-arn-at-all-xxxxx", "arn:aws:iam::111111111111", "arn::iam::111111111111:user/a", "arn:aws::::x", "arn:aws:iam::1:", "ARN:aws:iam::111111111111:user/a"])(
    "%s is not an ARN",
    (v) => expect(parseArn(v)).toBeNull(),
  );
});

describe("parseIamArn", () => {
  it("reads kind, path and name", () => {
    expect(parseIamArn("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", ARN_KINDS.policy)).toMatchObject({ kind: "policy", account: "aws", path: "/job-function/", name: "ViewOnlyAccess" });
    expect(parseIamArn("arn:aws:iam::111111111111:role/R", ARN_KINDS.principal)).toMatchObject({ kind: "role", path: "/", name: "R" });
    expect(parseIamArn("arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com/x", ARN_KINDS.oidcProvider).name).toBe("token.actions.githubusercontent.com/x");
    expect(parseIamArn("arn:aws:iam::111111111111:saml-provider/Okta_1", ARN_KINDS.samlProvider).name).toBe("Okta_1");
  });

  it.each([
    ["not-a-policy-arn-at-all", ARN_KINDS.policy],
    ["arn:aws:iam:aws:policy/AdministratorAccess", ARN_KINDS.policy], // one colon short
    ["ARN:aws:iam::111111111111:policy/P", ARN_KINDS.policy], // `arn` is lower case
  ])("%s is not ARN-shaped: ValidationError 'Invalid ARN: Could not be parsed' (400)", (value, kinds) => {
    expect(error(() => parseIamArn(value, kinds))).toEqual({ code: "ValidationError", message: "Invalid ARN: Could not be parsed", status: 400 });
    expect(isIamArn(value, kinds)).toBe(false);
  });

  it.each([
    ["arn:aws:iam::111111111111:role/vault-example", ARN_KINDS.policy], // another kind
    ["arn:aws:s3:::bucket/policy/xxxxxxxxxx", ARN_KINDS.policy], // another service
    ["arn:aws:iam:us-east-1:111111111111:policy/P", ARN_KINDS.policy], // a region
    ["arn:aws:iam::11111111111:policy/P", ARN_KINDS.policy], // an 11-digit account
    ["arn:aws:iam::aws:role/AWSServiceRoleForX", ARN_KINDS.principal], // `aws` owns only policies
    ["arn:aws:iam::111111111111:policy/P ", ARN_KINDS.policy], // a trailing space
    ["arn:aws:iam::111111111111:policy/", ARN_KINDS.policy], // no name
    ["arn:aws:iam::111111111111:policy//P", ARN_KINDS.policy], // an empty path segment
    ["arn:foo:iam::111111111111:policy/P", ARN_KINDS.policy], // no such partition
    ["arn:aws:iam::111111111111:policy/P", ARN_KINDS.samlProvider],
    ["arn:aws:iam::111111111111:saml-provider/a/b", ARN_KINDS.samlProvider],
  ])("%s is InvalidInput 'ARN … is not valid.' (400)", (value, kinds) => {
    expect(error(() => parseIamArn(value, kinds))).toEqual({ code: "InvalidInput", message: `ARN ${value} is not valid.`, status: 400 });
    expect(isIamArn(value, kinds)).toBe(false);
  });

  it("an ARN of another AWS partition is ValidationError 'Invalid ARN partition' (400)", () => {
    for (const p of ["aws-cn", "aws-us-gov"]) {
      expect(error(() => parseIamArn(`arn:${p}:iam::aws:policy/AmazonS3FullAccess`, ARN_KINDS.policy))).toEqual({ code: "ValidationError", message: "Invalid ARN partition", status: 400 });
    }
  });
});

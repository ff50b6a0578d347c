// The wizard's generated trust policies, compared byte for byte with the documents the AWS console
// shows (console-spec §3.1): key order, arrays vs strings and the empty Condition all matter, since
// people copy these into CloudFormation and diff them against what AWS produced.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "@/lib/policy";
import {
  CUSTOM_TRUST_TEMPLATE,
  accountIdError,
  accountTrustPolicy,
  externalIdError,
  githubSubject,
  samlTrustPolicy,
  serviceTrustPolicy,
  webIdentityTrustPolicy,
} from "./trust-templates";

const lines = (...xs: string[]) => xs.join("\n");

describe("AWS service", () => {
  it("uses arrays and the order Effect, Action, Principal", () => {
    expect(serviceTrustPolicy(["ec2.amazonaws.com"])).toBe(
      lines(
        "{",
        '    "Version": "2012-10-17",',
        '    "Statement": [',
        "        {",
        '            "Effect": "Allow",',
        '            "Action": [',
        '                "sts:AssumeRole"',
        "            ],",
        '            "Principal": {',
        '                "Service": [',
        '                    "ec2.amazonaws.com"',
        "                ]",
        "            }",
        "        }",
        "    ]",
        "}",
      ),
    );
  });
});

describe("AWS account", () => {
  it("always carries a Condition object, empty without options", () => {
    expect(JSON.parse(accountTrustPolicy({ accountId: "123456789012" }))).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "sts:AssumeRole", Condition: {} }],
    });
    expect(accountTrustPolicy({ accountId: "123456789012" })).toContain('"Condition": {}');
    const keys = Object.keys(JSON.parse(accountTrustPolicy({ accountId: "123456789012" })).Statement[0]);
    expect(keys).toEqual(["Effect", "Principal", "Action", "Condition"]);
  });

  it("merges external ID and MFA into one Condition", () => {
    const doc = JSON.parse(accountTrustPolicy({ accountId: "222222222222", externalId: "Partner-42", requireMfa: true }));
    expect(doc.Statement[0].Condition).toEqual({
      StringEquals: { "sts:ExternalId": "Partner-42" },
      Bool: { "aws:MultiFactorAuthPresent": "true" },
    });
    expect(JSON.parse(accountTrustPolicy({ accountId: "222222222222", requireMfa: true })).Statement[0].Condition).toEqual({
      Bool: { "aws:MultiFactorAuthPresent": "true" },
    });
  });

  it("checks the account ID and external ID rules", () => {
    expect(accountIdError("123456789012")).toBeNull();
    for (const bad of ["12345678901", "1234567890123", "12345678901a", ""]) expect(accountIdError(bad)).not.toBeNull();
    expect(externalIdError("ab")).toBeNull();
    expect(externalIdError("a+=,.@:/-_Z9")).toBeNull();
    expect(externalIdError("x".repeat(1224))).toBeNull();
    expect(externalIdError("x")).not.toBeNull();
    expect(externalIdError("x".repeat(1225))).not.toBeNull();
    expect(externalIdError("has space")).not.toBeNull();
    expect(externalIdError("semi;colon")).not.toBeNull();
  });
});

describe("web identity", () => {
  it("registered GitHub provider: aud under StringEquals and sub under StringLike", () => {
    const doc = JSON.parse(
      webIdentityTrustPolicy({
        provider: "oidc",
        providerArn: "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
        audience: "sts.amazonaws.com",
        github: { organization: "my-org", repository: "my-repo", branch: "main" },
      }),
    );
    expect(doc.Statement).toEqual([
      {
        Effect: "Allow",
        Principal: { Federated: "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: {
          StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
          StringLike: { "token.actions.githubusercontent.com:sub": "repo:my-org/my-repo:ref:refs/heads/main" },
        },
      },
    ]);
  });

  it("GitHub subject uses * for blank repository or branch", () => {
    expect(githubSubject({ organization: "o" })).toBe("repo:o/*");
    expect(githubSubject({ organization: "o", repository: "r" })).toBe("repo:o/r:*");
    expect(githubSubject({ organization: "o", branch: "dev" })).toBe("repo:o/*:ref:refs/heads/dev");
  });

  it("built-in providers use the host as principal and their own audience key", () => {
    const google = JSON.parse(webIdentityTrustPolicy({ provider: "google", audience: "client-1.apps" })).Statement[0];
    expect(google.Principal).toEqual({ Federated: "accounts.google.com" });
    expect(google.Condition).toEqual({ StringEquals: { "accounts.google.com:aud": "client-1.apps" } });
    const fb = JSON.parse(webIdentityTrustPolicy({ provider: "facebook", audience: "42" })).Statement[0];
    expect(fb.Condition).toEqual({ StringEquals: { "graph.facebook.com:app_id": "42" } });
    const amzn = JSON.parse(webIdentityTrustPolicy({ provider: "amazon", audience: "amzn1.application.x" })).Statement[0];
    expect(amzn.Principal.Federated).toBe("www.amazon.com");
    const cognito = JSON.parse(webIdentityTrustPolicy({ provider: "cognito", audience: "us-east-1:pool" })).Statement[0];
    expect(cognito.Condition).toEqual({
      StringEquals: { "cognito-identity.amazonaws.com:aud": "us-east-1:pool" },
      "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "authenticated" },
    });
  });
});

describe("SAML 2.0", () => {
  const arn = "arn:aws:iam::123456789012:saml-provider/MyIdP";
  it("console access adds SAML:aud", () => {
    expect(JSON.parse(samlTrustPolicy({ providerArn: arn, access: "console" })).Statement[0]).toEqual({
      Effect: "Allow",
      Principal: { Federated: arn },
      Action: "sts:AssumeRoleWithSAML",
      Condition: { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
    });
  });
  it("programmatic access uses only the attribute rows; repeated keys become arrays", () => {
    const cond = JSON.parse(
      samlTrustPolicy({
        providerArn: arn,
        access: "programmatic",
        conditions: [
          { operator: "StringEquals", key: "SAML:sub_type", value: "persistent" },
          { operator: "StringEquals", key: "SAML:iss", value: "a" },
          { operator: "StringEquals", key: "SAML:iss", value: "b" },
        ],
      }),
    ).Statement[0].Condition;
    expect(cond).toEqual({ StringEquals: { "SAML:sub_type": "persistent", "SAML:iss": ["a", "b"] } });
  });
});

describe("every template is a trust policy IAM accepts", () => {
  it("parses as a trust policy; the custom template trusts nobody until a principal is added", () => {
    const docs = [
      serviceTrustPolicy(["lambda.amazonaws.com"]),
      accountTrustPolicy({ accountId: "222222222222", externalId: "xy", requireMfa: true }),
      webIdentityTrustPolicy({ provider: "google", audience: "a" }),
      samlTrustPolicy({ providerArn: "arn:aws:iam::123456789012:saml-provider/X", access: "console" }),
    ];
    for (const d of docs) expect(parsePolicy(d, "trust").ok, d).toBe(true);
    expect(parsePolicy(CUSTOM_TRUST_TEMPLATE, "trust").ok).toBe(false);
    expect(JSON.parse(CUSTOM_TRUST_TEMPLATE).Statement[0]).toEqual({ Sid: "Statement1", Effect: "Allow", Principal: {}, Action: "sts:AssumeRole" });
  });
});

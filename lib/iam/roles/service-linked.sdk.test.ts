// CreateServiceLinkedRole through the real @aws-sdk/client-iam against the real endpoint (SigV4,
// Query form, XML): the role AWS's catalog names, its attached policy, the trust policy AWS writes,
// CustomSuffix where the service takes one, and AWS's InvalidInput texts.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceLinkedRole.html
import {
  CreateServiceLinkedRoleCommand,
  GetRoleCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
} from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, startHarness, type Harness } from "@/lib/wire/testing";

const ACCT = "111111111111";
let h: Harness;
let iam: IAMClient;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: Error & { $metadata?: { httpStatusCode?: number } }) => ({ name: e.name, message: e.message, status: e.$metadata?.httpStatusCode }),
  );
const create = (AWSServiceName: string, CustomSuffix?: string) => iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName, CustomSuffix }));

beforeAll(async () => {
  h = await startHarness();
  iam = new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: ADMIN_111, maxAttempts: 1 });
}, 90_000);
afterAll(async () => h?.close());

describe("CreateServiceLinkedRole on the wire", () => {
  // Issue #12: AWS creates AWSServiceRoleForCertificateManager with CertificateManagerServiceRolePolicy
  // (https://docs.aws.amazon.com/acm/latest/userguide/acm-slr.html).
  it("creates ACM's role under its name with its policy and the trust policy AWS writes", async () => {
    const { Role } = await create("acm.amazonaws.com");
    expect(Role).toMatchObject({
      RoleName: "AWSServiceRoleForCertificateManager",
      Path: "/aws-service-role/acm.amazonaws.com/",
      Arn: `arn:aws:iam::${ACCT}:role/aws-service-role/acm.amazonaws.com/AWSServiceRoleForCertificateManager`,
    });
    const got = await iam.send(new GetRoleCommand({ RoleName: "AWSServiceRoleForCertificateManager" }));
    expect(JSON.parse(decodeURIComponent(got.Role!.AssumeRolePolicyDocument!))).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "acm.amazonaws.com" }, Action: "sts:AssumeRole" }],
    });
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: "AWSServiceRoleForCertificateManager" }));
    expect(attached.AttachedPolicies).toEqual([
      { PolicyName: "CertificateManagerServiceRolePolicy", PolicyArn: "arn:aws:iam::aws:policy/aws-service-role/CertificateManagerServiceRolePolicy" },
    ]);
  });

  // Newer services answered "Invalid service name" before the catalog (issue #12).
  // https://docs.aws.amazon.com/systems-manager/latest/userguide/using-service-linked-roles-service-action-2.html
  it("knows newer services", async () => {
    expect((await create("accountdiscovery.ssm.amazonaws.com")).Role?.RoleName).toBe("AWSServiceRoleForAmazonSSM_AccountDiscovery");
    expect((await create("ops.apigateway.amazonaws.com")).Role?.RoleName).toBe("AWSServiceRoleForAPIGateway");
  });

  // https://docs.aws.amazon.com/connect/latest/adminguide/connect-slr.html: AWSServiceRoleForAmazonConnect_<unique-id>.
  it("appends a CustomSuffix for connect and lexv2, and refuses one for elasticbeanstalk", async () => {
    expect((await create("connect.amazonaws.com", "abc")).Role?.RoleName).toBe("AWSServiceRoleForAmazonConnect_abc");
    expect((await create("lexv2.amazonaws.com", "bot-1")).Role?.Path).toBe("/aws-service-role/lexv2.amazonaws.com/");
    expect(await failure(create("elasticbeanstalk.amazonaws.com", "x"))).toEqual({
      name: "InvalidInputException",
      message: "Custom suffix is not allowed for elasticbeanstalk.amazonaws.com",
      status: 400,
    });
  });

  // [OBS] The text AWS answers for a role that exists, as AWS's guides quote it for AWSServiceRoleForEC2Spot
  // ("An error occurred (InvalidInput) … has been taken in this account, please try a different suffix.").
  it("answers AWS's text for a role name already taken", async () => {
    expect(await failure(create("acm.amazonaws.com"))).toEqual({
      name: "InvalidInputException",
      message: "Service role name AWSServiceRoleForCertificateManager has been taken in this account, please try a different suffix.",
      status: 400,
    });
  });

  it("refuses a principal that has no service-linked role rather than inventing one", async () => {
    expect(await failure(create("nonexistent.amazonaws.com"))).toEqual({
      name: "InvalidInputException",
      message: "Invalid service name: nonexistent.amazonaws.com",
      status: 400,
    });
  });
});

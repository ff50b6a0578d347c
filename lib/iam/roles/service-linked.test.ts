// Service-linked roles: creation with the service's managed policy, AWS's InvalidInput texts, and
// the asynchronous deletion task's states, including FAILED while sessions are live.
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, failure, openSandbox, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let slr: typeof import("./service-linked");
let roles: typeof import("@/lib/iam/roles");

beforeAll(async () => {
  sb = await openSandbox();
  slr = await import("./service-linked");
  roles = await import("@/lib/iam/roles");
}, 90_000);

describe("createServiceLinkedRole", () => {
  it("creates AWSServiceRoleFor<Service> under /aws-service-role/<service>/ with the service's policy", async () => {
    const { Role } = await slr.createServiceLinkedRole(sb.admin, { awsServiceName: "elasticloadbalancing.amazonaws.com", description: "ELB" });
    expect(Role).toMatchObject({
      RoleName: "AWSServiceRoleForElasticLoadBalancing",
      Path: "/aws-service-role/elasticloadbalancing.amazonaws.com/",
      Arn: `arn:aws:iam::${ACCT}:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing`,
      Description: "ELB",
    });
    // AWS writes the principal and the action as plain strings (https://docs.aws.amazon.com/lex/latest/dg/gs-create-role.html shows one).
    expect(JSON.parse(Role.AssumeRolePolicyDocument)).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "elasticloadbalancing.amazonaws.com" }, Action: "sts:AssumeRole" }],
    });
    const attached = await roles.listAttachedRolePolicies(sb.admin, Role.RoleName);
    expect(attached.AttachedPolicies).toEqual([
      { PolicyName: "AWSElasticLoadBalancingServiceRolePolicy", PolicyArn: "arn:aws:iam::aws:policy/aws-service-role/AWSElasticLoadBalancingServiceRolePolicy" },
    ]);
    const listed = await roles.listRolesForConsole(sb.admin, { search: "AWSServiceRoleForElasticLoadBalancing" });
    expect(listed.Roles[0].TrustedEntities).toEqual(["AWS Service: elasticloadbalancing (Service-Linked Role)"]);
  });

  it("answers AWS's InvalidInput texts for a taken name and an unsupported suffix", async () => {
    expect(await failure(slr.createServiceLinkedRole(sb.admin, { awsServiceName: "support.amazonaws.com" }))).toEqual({
      code: "InvalidInput",
      message: "Service role name AWSServiceRoleForSupport has been taken in this account, please try a different suffix.",
    });
    expect(await failure(slr.createServiceLinkedRole(sb.admin, { awsServiceName: "ecs.amazonaws.com", customSuffix: "x" }))).toEqual({
      code: "InvalidInput",
      message: "Custom suffix is not allowed for ecs.amazonaws.com",
    });
    const { Role } = await slr.createServiceLinkedRole(sb.admin, { awsServiceName: "autoscaling.amazonaws.com", customSuffix: "web" });
    expect(Role.RoleName).toBe("AWSServiceRoleForAutoScaling_web");
  });

  // Issue #12: ACM's role is AWSServiceRoleForCertificateManager with CertificateManagerServiceRolePolicy
  // (https://docs.aws.amazon.com/acm/latest/userguide/acm-slr.html), not a name made from "acm".
  it("names the role and attaches the policy from the catalog, for older and newer services alike", async () => {
    const cases = [
      ["acm.amazonaws.com", "AWSServiceRoleForCertificateManager", "CertificateManagerServiceRolePolicy"],
      ["accountdiscovery.ssm.amazonaws.com", "AWSServiceRoleForAmazonSSM_AccountDiscovery", "AWSSystemsManagerAccountDiscoveryServicePolicy"],
      ["ops.apigateway.amazonaws.com", "AWSServiceRoleForAPIGateway", "APIGatewayServiceRolePolicy"],
    ] as const;
    for (const [service, name, policy] of cases) {
      const { Role } = await slr.createServiceLinkedRole(sb.admin, { awsServiceName: service });
      expect(Role.RoleName).toBe(name);
      expect(Role.Path).toBe(`/aws-service-role/${service}/`);
      expect((await roles.listAttachedRolePolicies(sb.admin, name)).AttachedPolicies).toEqual([
        { PolicyName: policy, PolicyArn: `arn:aws:iam::aws:policy/aws-service-role/${policy}` },
      ]);
    }
  });

  it("refuses a service principal outside the catalog instead of inventing a role", async () => {
    expect(await failure(slr.createServiceLinkedRole(sb.admin, { awsServiceName: "nonexistent.amazonaws.com" }))).toEqual({
      code: "InvalidInput",
      message: "Invalid service name: nonexistent.amazonaws.com",
    });
    expect(await sb.db.role.count({ where: { accountId: ACCT, name: { startsWith: "AWSServiceRoleForNonexistent" } } })).toBe(0);
  });

  // Connect names its roles AWSServiceRoleForAmazonConnect_<unique-id>
  // (https://docs.aws.amazon.com/connect/latest/adminguide/connect-slr.html); Lex V2 one per bot.
  it("takes CustomSuffix for connect and lexv2 and refuses it for elasticbeanstalk", async () => {
    expect((await slr.createServiceLinkedRole(sb.admin, { awsServiceName: "connect.amazonaws.com", customSuffix: "inst1" })).Role.RoleName).toBe(
      "AWSServiceRoleForAmazonConnect_inst1",
    );
    expect((await slr.createServiceLinkedRole(sb.admin, { awsServiceName: "lexv2.amazonaws.com", customSuffix: "Bot1" })).Role.RoleName).toBe(
      "AWSServiceRoleForLexV2Bots_Bot1",
    );
    expect(await failure(slr.createServiceLinkedRole(sb.admin, { awsServiceName: "elasticbeanstalk.amazonaws.com", customSuffix: "x" }))).toEqual({
      code: "InvalidInput",
      message: "Custom suffix is not allowed for elasticbeanstalk.amazonaws.com",
    });
    expect(await failure(slr.createServiceLinkedRole(sb.admin, { awsServiceName: "connect.amazonaws.com", customSuffix: "inst1" }))).toEqual({
      code: "InvalidInput",
      message: "Service role name AWSServiceRoleForAmazonConnect_inst1 has been taken in this account, please try a different suffix.",
    });
  });

  it("protects the new role from customer changes", async () => {
    expect(await failure(roles.attachRolePolicy(sb.admin, "AWSServiceRoleForAutoScaling_web", "arn:aws:iam::aws:policy/ReadOnlyAccess"))).toEqual({
      code: "UnmodifiableEntity",
      message: "Cannot perform the operation on the protected role 'AWSServiceRoleForAutoScaling_web' - this role is only modifiable by AWS",
    });
  });
});

describe("deleteServiceLinkedRole", () => {
  it("moves NOT_STARTED → IN_PROGRESS → SUCCEEDED on successive status calls, then the role is gone", async () => {
    const { DeletionTaskId } = await slr.deleteServiceLinkedRole(sb.admin, "AWSServiceRoleForTrustedAdvisor");
    expect(DeletionTaskId).toMatch(/^task\/aws-service-role\/trustedadvisor\.amazonaws\.com\/AWSServiceRoleForTrustedAdvisor\/[0-9a-f-]{36}$/);
    // A repeated call returns the pending task.
    expect((await slr.deleteServiceLinkedRole(sb.admin, "AWSServiceRoleForTrustedAdvisor")).DeletionTaskId).toBe(DeletionTaskId);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await slr.getServiceLinkedRoleDeletionStatus(sb.admin, DeletionTaskId)).Status);
    expect(statuses).toEqual(["NOT_STARTED", "IN_PROGRESS", "SUCCEEDED", "SUCCEEDED"]);
    expect((await failure(roles.getRole(sb.admin, "AWSServiceRoleForTrustedAdvisor"))).code).toBe("NoSuchEntity");
  });

  it("finishes by itself after a delay", async () => {
    const { DeletionTaskId } = await slr.deleteServiceLinkedRole(sb.admin, "AWSServiceRoleForAutoScaling_web");
    const later = new Date(Date.now() + 60_000);
    expect(await slr.getServiceLinkedRoleDeletionStatus(sb.admin, DeletionTaskId, later)).toEqual({ Status: "SUCCEEDED" });
  });

  it("fails with a reason while the role has active sessions", async () => {
    const role = await sb.db.role.findFirstOrThrow({ where: { accountId: ACCT, name: "AWSServiceRoleForECS" } });
    await sb.db.stsSession.create({
      data: {
        accessKeyId: "ASIATESTSLRSESSION01",
        secretAccessKey: "s",
        sessionToken: "t-slr",
        kind: "assumed-role",
        accountId: ACCT,
        roleId: role.id,
        principalArn: `arn:aws:sts::${ACCT}:assumed-role/AWSServiceRoleForECS/ecs`,
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    const { DeletionTaskId } = await slr.deleteServiceLinkedRole(sb.admin, "AWSServiceRoleForECS");
    const result = await slr.getServiceLinkedRoleDeletionStatus(sb.admin, DeletionTaskId, new Date(Date.now() + 60_000));
    expect(result.Status).toBe("FAILED");
    expect(result.Reason?.Reason).toMatch(/active sessions/);
    expect((await roles.getRole(sb.admin, "AWSServiceRoleForECS")).Role.RoleName).toBe("AWSServiceRoleForECS");
    // Once failed, a new request starts a new task.
    expect((await slr.deleteServiceLinkedRole(sb.admin, "AWSServiceRoleForECS")).DeletionTaskId).not.toBe(DeletionTaskId);
  });

  it("rejects unknown and malformed task ids and customer roles", async () => {
    const unknown = "task/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS/00000000-0000-4000-8000-000000000000";
    expect((await failure(slr.getServiceLinkedRoleDeletionStatus(sb.admin, unknown))).code).toBe("NoSuchEntity");
    expect((await failure(slr.getServiceLinkedRoleDeletionStatus(sb.admin, "nonsense"))).code).toBe("InvalidInput");
    await roles.createRole(sb.admin, { roleName: "Plain", assumeRolePolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] }) });
    expect((await failure(slr.deleteServiceLinkedRole(sb.admin, "Plain"))).code).toBe("InvalidInput");
    expect((await failure(slr.deleteServiceLinkedRole(sb.alice, "AWSServiceRoleForSupport"))).code).toBe("AccessDenied");
  });
});

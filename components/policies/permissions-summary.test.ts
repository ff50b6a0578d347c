import { describe, expect, it } from "vitest";
import { summarizePermissions } from "./permissions-summary";

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });

describe("summarizePermissions", () => {
  it("groups actions by effect and service, case-insensitively on the service", () => {
    const out = summarizePermissions(
      doc(
        { Effect: "Allow", Action: ["s3:GetObject", "S3:PutObject", "rds:Describe*"], Resource: "*" },
        { Effect: "Allow", Action: "s3:GetObject", Resource: "*" },
        { Effect: "Deny", Action: "s3:DeleteBucket", Resource: "*" },
      ),
    );
    expect(out).toEqual([
      { effect: "Allow", service: "rds", actions: ["Describe*"], excluded: false },
      { effect: "Allow", service: "s3", actions: ["GetObject", "PutObject"], excluded: false },
      { effect: "Deny", service: "s3", actions: ["DeleteBucket"], excluded: false },
    ]);
  });

  it("collapses a service wildcard and reports NotAction as excluded", () => {
    expect(summarizePermissions(doc({ Effect: "Allow", Action: ["ec2:Start*", "ec2:*"], Resource: "*" }))).toEqual([
      { effect: "Allow", service: "ec2", actions: ["*"], excluded: false },
    ]);
    expect(summarizePermissions(doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }))).toEqual([
      { effect: "Allow", service: "iam", actions: ["*"], excluded: true },
    ]);
    expect(summarizePermissions(JSON.stringify({ Statement: { Effect: "Allow", Action: "*", Resource: "*" } }))).toEqual([
      { effect: "Allow", service: "*", actions: ["*"], excluded: false },
    ]);
  });

  it("summarises unparseable or statement-less documents to nothing", () => {
    expect(summarizePermissions("{")).toEqual([]);
    expect(summarizePermissions("null")).toEqual([]);
    expect(summarizePermissions(doc({ Effect: "Maybe", Action: "s3:*" }))).toEqual([]);
  });
});

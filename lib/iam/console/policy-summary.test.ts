// The policy summary's access levels against the real service authorization catalog.
import { describe, expect, it } from "vitest";
import { accessLevelLabel, summarizePolicyDocument } from "./policy-summary";

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const levels = (o: Record<string, number>) => new Map(Object.entries(o));

describe("accessLevelLabel", () => {
  it("words full, limited and mixed grants as the console does", () => {
    const available = levels({ List: 2, Read: 3, Write: 4 });
    expect(accessLevelLabel(available, levels({ List: 2, Read: 3, Write: 4 }))).toBe("Full access");
    expect(accessLevelLabel(available, levels({ List: 2, Read: 1 }))).toBe("Full: List Limited: Read");
    expect(accessLevelLabel(available, levels({ Write: 1 }))).toBe("Limited: Write");
    expect(accessLevelLabel(available, levels({}))).toBe("None");
  });
});

describe("summarizePolicyDocument", () => {
  it("classifies single actions, service wildcards and level wildcards", async () => {
    const { Services } = await summarizePolicyDocument(
      doc(
        { Effect: "Allow", Action: ["s3:GetObject", "s3:List*"], Resource: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"] },
        { Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } } },
        { Effect: "Deny", Action: "s3:DeleteBucket", Resource: "arn:aws:s3:::b" },
      ),
    );
    expect(Services).toEqual([
      { effect: "Allow", service: "ec2", accessLevel: "Full access", resource: "All resources", condition: "aws:RequestedRegion", unrecognized: [] },
      { effect: "Allow", service: "s3", accessLevel: "Full: List Limited: Read", resource: "Multiple", condition: "None", unrecognized: [] },
      { effect: "Deny", service: "s3", accessLevel: "Limited: Write", resource: "arn:aws:s3:::b", condition: "None", unrecognized: [] },
    ]);
  });

  it("reports unknown actions and services, and the all-services wildcard", async () => {
    const { Services } = await summarizePolicyDocument(doc({ Effect: "Allow", Action: ["s3:GetObjekt", "nosuchsvc:Get"], Resource: "*" }, { Effect: "Allow", Action: "*", Resource: "*" }));
    expect(Services.map((s) => [s.service, s.accessLevel, s.unrecognized])).toEqual([
      ["*", "Full access", []],
      ["nosuchsvc", "None", ["nosuchsvc:Get"]],
      ["s3", "None", ["s3:GetObjekt"]],
    ]);
  });

  it("treats NotAction as everything else in the service", async () => {
    const { Services } = await summarizePolicyDocument(doc({ Effect: "Allow", NotAction: "iam:Delete*", Resource: "*" }));
    expect(Services[0].accessLevel).toMatch(/^Full: List, Read.*Limited: .*Write/);
  });

  it("summarises unparseable documents to nothing", async () => {
    const empty = await summarizePolicyDocument("{");
    expect(empty.Services).toEqual([]);
    expect(empty.TotalServices).toBeGreaterThan(400);
  });
});

import { describe, expect, it } from "vitest";
import { emptyBlock, nextSid, parseVisualPolicy, serializeVisualPolicy, type PermissionBlock, type VisualPolicy } from "./model";

function blocksOf(json: string): PermissionBlock[] {
  const r = parseVisualPolicy(json);
  if (!r.ok) throw new Error(r.reason);
  return r.policy.blocks;
}

function reasonOf(doc: unknown): string {
  const r = parseVisualPolicy(typeof doc === "string" ? doc : JSON.stringify(doc));
  if (r.ok) throw new Error("expected the document to be refused");
  return r.reason;
}

const policy = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });

describe("parseVisualPolicy", () => {
  it("reads the console's starter statement as one empty block", () => {
    expect(blocksOf(JSON.stringify(policy({ Sid: "Statement1", Effect: "Allow", Action: [], Resource: [] })))).toEqual([
      { sid: "Statement1", effect: "Allow", service: null, actions: [], resources: [], conditions: [] },
    ]);
  });

  it("reads a service's actions, specific resources and conditions", () => {
    const [b] = blocksOf(
      JSON.stringify(
        policy({
          Effect: "Deny",
          Action: ["S3:GetObject", "s3:List*"],
          Resource: "arn:aws:s3:::b/*",
          Condition: { "ForAnyValue:StringLike": { "aws:TagKeys": ["a", "b"] }, Bool: { "aws:SecureTransport": false } },
        }),
      ),
    );
    expect(b).toEqual({
      effect: "Deny",
      service: "s3",
      actions: ["GetObject", "List*"],
      resources: ["arn:aws:s3:::b/*"],
      conditions: [
        { key: "aws:TagKeys", qualifier: "ForAnyValue", operator: "StringLike", values: ["a", "b"] },
        { key: "aws:SecureTransport", qualifier: "", operator: "Bool", values: ["false"] },
      ],
    });
  });

  it("reads Resource * as All and a lone statement object as one block", () => {
    const [b] = blocksOf(JSON.stringify({ Version: "2012-10-17", Statement: { Effect: "Allow", Action: "ec2:*", Resource: ["*"] } }));
    expect(b).toMatchObject({ service: "ec2", actions: ["*"], resources: "all" });
  });

  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["NotAction", policy({ Effect: "Allow", NotAction: "s3:*", Resource: "*" }), /NotAction/],
    ["NotResource", policy({ Effect: "Allow", Action: "s3:*", NotResource: "arn:aws:s3:::b" }), /NotResource/],
    ["a Principal", policy({ Effect: "Allow", Principal: "*", Action: "s3:*", Resource: "*" }), /Principal/],
    ["two services", policy({ Effect: "Allow", Action: ["s3:GetObject", "ec2:DescribeInstances"], Resource: "*" }), /more than one service \(s3, ec2\)/],
    ["every service", policy({ Effect: "Allow", Action: "*", Resource: "*" }), /every service/],
    ["a service wildcard", policy({ Effect: "Allow", Action: "s3*:Get*", Resource: "*" }), /wildcard in the service prefix/],
    ["* with ARNs", policy({ Effect: "Allow", Action: "s3:*", Resource: ["*", "arn:aws:s3:::b"] }), /together with specific/],
    ["a missing Effect", policy({ Action: "s3:*", Resource: "*" }), /Effect of Allow or Deny/],
    ["a non-string action", policy({ Effect: "Allow", Action: [1], Resource: "*" }), /Action must be/],
    ["an unknown qualifier", policy({ Effect: "Allow", Action: "s3:*", Resource: "*", Condition: { "ForSome:StringEquals": { k: "v" } } }), /qualifier ForSome/],
    ["an object condition value", policy({ Effect: "Allow", Action: "s3:*", Resource: "*", Condition: { StringEquals: { k: { a: 1 } } } }), /not a string/],
    ["an unknown top-level key", { Version: "2012-10-17", Statement: [], Extra: 1 }, /Extra/],
    ["an array document", [], /JSON object/],
  ])("refuses %s", (_name, doc, reason) => {
    expect(reasonOf(doc)).toMatch(reason);
  });
});

describe("serializeVisualPolicy", () => {
  it("writes 4-space JSON with the service prefix on every action", () => {
    const p: VisualPolicy = {
      version: "2012-10-17",
      blocks: [{ sid: "S1", effect: "Allow", service: "s3", actions: ["GetObject", "ListBucket"], resources: ["arn:aws:s3:::b/*"], conditions: [] }],
    };
    expect(serializeVisualPolicy(p)).toBe(`{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "S1",
            "Effect": "Allow",
            "Action": [
                "s3:GetObject",
                "s3:ListBucket"
            ],
            "Resource": "arn:aws:s3:::b/*"
        }
    ]
}`);
  });

  it("writes All actions as service:* and All resources as *", () => {
    const doc = JSON.parse(serializeVisualPolicy({ version: "2012-10-17", blocks: [{ ...emptyBlock(), service: "iam", actions: ["*", "GetRole"], resources: "all" }] }));
    expect(doc.Statement[0]).toEqual({ Effect: "Allow", Action: "iam:*", Resource: "*" });
  });

  it("groups condition rows by operator and skips rows still being filled in", () => {
    const doc = JSON.parse(
      serializeVisualPolicy({
        version: "2012-10-17",
        blocks: [
          {
            ...emptyBlock(),
            service: "s3",
            actions: ["GetObject"],
            resources: "all",
            conditions: [
              { key: "aws:SourceIp", qualifier: "", operator: "IpAddress", values: ["10.0.0.0/8"] },
              { key: "aws:TagKeys", qualifier: "ForAllValues", operator: "StringEquals", values: ["a", "b"] },
              { key: "aws:SourceVpc", qualifier: "", operator: "IpAddress", values: ["vpc-1"] },
              { key: "", qualifier: "", operator: "StringEquals", values: ["x"] },
              { key: "aws:Referer", qualifier: "", operator: "StringLike", values: [""] },
            ],
          },
        ],
      }),
    );
    expect(doc.Statement[0].Condition).toEqual({
      IpAddress: { "aws:SourceIp": "10.0.0.0/8", "aws:SourceVpc": "vpc-1" },
      "ForAllValues:StringEquals": { "aws:TagKeys": ["a", "b"] },
    });
  });

  it("keeps Version and Id", () => {
    const doc = JSON.parse(serializeVisualPolicy({ version: "2008-10-17", id: "p1", blocks: [] }));
    expect(doc).toEqual({ Version: "2008-10-17", Id: "p1", Statement: [] });
  });
});

describe("round trip", () => {
  const shapes: Record<string, unknown> = {
    starter: policy({ Sid: "Statement1", Effect: "Allow", Action: [], Resource: [] }),
    "read and list on one bucket": policy({ Sid: "Statement1", Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: "arn:aws:s3:::b/*" }),
    "deny all actions with conditions": policy({
      Effect: "Deny",
      Action: "ec2:*",
      Resource: "*",
      Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "eu-west-2"] }, "ForAnyValue:StringLike": { "aws:TagKeys": "x*" } },
    }),
    "several blocks with an Id": { Version: "2012-10-17", Id: "x", Statement: [{ Effect: "Allow", Action: "iam:Get*", Resource: ["arn:aws:iam::111111111111:role/a", "arn:aws:iam::111111111111:role/b"] }, { Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }] },
  };

  it.each(Object.entries(shapes))("%s: JSON → blocks → JSON is unchanged", (_name, doc) => {
    const json = JSON.stringify(doc, null, 4);
    const r = parseVisualPolicy(json);
    expect(r.ok && serializeVisualPolicy(r.policy)).toBe(json);
  });

  it("a tab-indented document comes back in the same shape, 4-space indented", () => {
    const json = JSON.stringify(shapes["read and list on one bucket"], null, "\t");
    const r = parseVisualPolicy(json);
    expect(r.ok && serializeVisualPolicy(r.policy)).toBe(JSON.stringify(shapes["read and list on one bucket"], null, 4));
  });
});

describe("nextSid", () => {
  it("takes the first free StatementN", () => {
    expect(nextSid([{ ...emptyBlock(), sid: "Statement1" }, { ...emptyBlock(), sid: "Statement3" }])).toBe("Statement2");
    expect(nextSid([])).toBe("Statement1");
  });
});

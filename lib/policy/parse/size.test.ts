import { describe, expect, it } from "vitest";
import { policySize, sizeError } from "./size";

describe("policySize", () => {
  it("ignores whitespace outside strings and counts it inside", () => {
    expect(policySize('{ "a" : "b c" }')).toBe('{"a":"b c"}'.length);
    expect(policySize('{\n\t"a":\r\n1}')).toBe(7);
  });
  it("counts escapes as written and does not end a string at an escaped quote", () => {
    expect(policySize('{"a":"x\\" y"}')).toBe('{"a":"x\\" y"}'.length);
  });
  it("equals the compact JSON length for documents without escapes", () => {
    const doc = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:Get*", "s3:List*"], Resource: "*" }] };
    expect(policySize(JSON.stringify(doc, null, 4))).toBe(JSON.stringify(doc).length);
  });
});

describe("sizeError", () => {
  it("applies per-type limits with AWS's quota messages", () => {
    expect(sizeError(2048, "trust")).toBeUndefined();
    expect(sizeError(2049, "trust")?.message).toBe("Cannot exceed quota for ACLSizePerRole: 2048");
    expect(sizeError(4000, "trust", { maxSize: 4096 })).toBeUndefined();
    expect(sizeError(6145, "identity")?.message).toBe("Cannot exceed quota for PolicySize: 6144");
  });
  it("uses the aggregate inline budget of the entity when asked", () => {
    expect(sizeError(9000, "identity", { inline: { entity: "role", name: "R" } })).toBeUndefined();
    expect(sizeError(10241, "identity", { inline: { entity: "role", name: "R" } })).toEqual({
      code: "LimitExceeded",
      message: "Maximum policy size of 10240 bytes exceeded for role R",
    });
    expect(sizeError(2049, "identity", { inline: { entity: "user", name: "alice" } })?.message).toBe(
      "Maximum policy size of 2048 bytes exceeded for user alice",
    );
  });
});

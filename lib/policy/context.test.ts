import { describe, it, expect } from "vitest";
import { createContext } from "./context";

describe("createContext", () => {
  it("looks keys up case-insensitively, tag suffixes included", () => {
    const ctx = createContext({ "aws:SourceIp": "203.0.113.5", "aws:PrincipalTag/Team": "blue" });
    expect(ctx.get("AWS:sourceip")).toBe("203.0.113.5");
    expect(ctx.get("aws:principaltag/team")).toBe("blue");
    expect(ctx.get("aws:PrincipalTag/Other")).toBeUndefined();
  });

  it("treats undefined entries as absent keys", () => {
    const ctx = createContext({ "aws:username": undefined, "aws:userid": "AIDAX" });
    expect(ctx.get("aws:username")).toBeUndefined();
    expect(ctx.keys()).toEqual(["aws:userid"]);
  });

  it("keeps multivalued keys as arrays, isolated from the caller's array", () => {
    const tags = ["a", "b"];
    const ctx = createContext({ "aws:TagKeys": tags });
    tags.push("c");
    expect(ctx.get("aws:tagkeys")).toEqual(["a", "b"]);
  });

  it("lets the last spelling of a key win when two differ only in case", () => {
    const ctx = createContext({ "aws:username": "alice", "AWS:USERNAME": "bob" });
    expect(ctx.get("aws:username")).toBe("bob");
    expect(ctx.keys()).toHaveLength(1);
  });
});

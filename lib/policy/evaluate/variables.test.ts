import { describe, it, expect } from "vitest";
import { createContext } from "../context";
import { compileMatcher } from "./wildcard";
import { compileTemplate, partsToText, resolveTemplate } from "./variables";

const ctx = createContext({
  "aws:username": "alice",
  "aws:userid": "AIDAALICE",
  "aws:PrincipalTag/team": "blue",
  "aws:PrincipalTag/odd": "a*b?",
  "s3:prefix": "home/alice/",
  "aws:TagKeys": ["a", "b"],
  "aws:empty": "",
});
const resolve = (text: string) => resolveTemplate(compileTemplate(text), ctx);
const matches = (pattern: string, value: string) => {
  const parts = resolve(pattern);
  return parts !== undefined && compileMatcher(parts).test(value);
};

describe("compileTemplate", () => {
  it("reports whether the text holds variables", () => {
    expect(compileTemplate("arn:aws:s3:::b/${aws:username}/*").hasVariables).toBe(true);
    expect(compileTemplate("arn:aws:s3:::b/*").hasVariables).toBe(false);
    expect(compileTemplate("literal ${*} escape").hasVariables).toBe(false);
    expect(compileTemplate("arn:aws:s3:::b/${aws:username}").text).toBe("arn:aws:s3:::b/${aws:username}");
  });

  it("leaves malformed variables as literal text", () => {
    expect(partsToText(resolve("a${b")!)).toBe("a${b");
    expect(partsToText(resolve("a${}b")!)).toBe("a${}b");
    expect(partsToText(resolve("x${a b}y")!)).toBe("x${a b}y");
  });
});

describe("resolveTemplate", () => {
  it("substitutes any context key, case-insensitively", () => {
    expect(resolve("arn:aws:iam::111111111111:user/${aws:username}")).toEqual([
      { lit: "arn:aws:iam::111111111111:user/alice" },
    ]);
    expect(partsToText(resolve("${AWS:UserId}-${aws:principaltag/TEAM}")!)).toBe("AIDAALICE-blue");
    expect(partsToText(resolve("arn:aws:s3:::b/${s3:prefix}*")!)).toBe("arn:aws:s3:::b/home/alice/*");
  });

  it("keeps the template's own wildcards and makes substituted text literal", () => {
    expect(resolve("home/${aws:username}/*")).toEqual([{ lit: "home/alice/" }, { any: true }]);
    expect(resolve("${aws:PrincipalTag/odd}")).toEqual([{ lit: "a*b?" }]);
    expect(matches("${aws:PrincipalTag/odd}", "a*b?")).toBe(true);
    expect(matches("${aws:PrincipalTag/odd}", "axxbz")).toBe(false);
  });

  it("turns ${*} ${?} ${$} into literal characters", () => {
    expect(resolve("a${*}b${?}c${$}")).toEqual([{ lit: "a*b?c$" }]);
    expect(matches("a${*}", "a*")).toBe(true);
    expect(matches("a${*}", "abc")).toBe(false);
  });

  it("uses the default only when the key is absent", () => {
    expect(partsToText(resolve("team/${aws:PrincipalTag/dept, 'company-wide'}/*")!)).toBe("team/company-wide/*");
    expect(partsToText(resolve("team/${aws:PrincipalTag/team, 'company-wide'}")!)).toBe("team/blue");
    expect(partsToText(resolve("${aws:missing,'x*'}")!)).toBe("x*");
    expect(resolve("${aws:missing,'x*'}")).toEqual([{ lit: "x*" }]);
  });

  it("is unresolvable when a key is absent without default, or multivalued", () => {
    expect(resolve("arn:aws:s3:::b/${aws:PrincipalTag/dept}/*")).toBeUndefined();
    expect(resolve("${aws:TagKeys}")).toBeUndefined();
    expect(resolve("${aws:TagKeys, 'd'}")).toBeUndefined();
  });

  it("substitutes an empty value as empty text", () => {
    expect(resolve("x${aws:empty}y")).toEqual([{ lit: "xy" }]);
  });

  it("returns the same parts for variable-free templates on every request", () => {
    const t = compileTemplate("s3:Get*");
    expect(resolveTemplate(t, ctx)).toBe(resolveTemplate(t, createContext({})));
  });
});

// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html (3–63
// characters, ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$).
import { describe, expect, it } from "vitest";
import { accountAliasProblem } from "./alias-rule";

describe("accountAliasProblem", () => {
  it("accepts lowercase letters, digits and single inner hyphens, 3 to 63 long", () => {
    for (const ok of ["abc", "example-corp", "a1-b2-c3", "x".repeat(63), "123"]) expect(accountAliasProblem(ok), ok).toBeNull();
  });
  it("refuses what the API's pattern refuses, with the console's message", () => {
    expect(accountAliasProblem("")).toBe("Enter an account alias.");
    expect(accountAliasProblem("ab")).toMatch(/between 3 and 63/);
    expect(accountAliasProblem("x".repeat(64))).toMatch(/between 3 and 63/);
    for (const bad of ["Example", "-corp", "corp-", "ex--corp", "ex_corp", "ex corp"]) {
      expect(accountAliasProblem(bad), bad).toMatch(/only lowercase letters, digits, and hyphens/);
    }
  });
});

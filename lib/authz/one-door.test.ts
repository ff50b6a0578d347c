// The one door, enforced on the source: every AccessDenied is made by lib/authz/access-denied.ts,
// every access decision by decide() (the simulator evaluates too, but only to report, never to let
// a call through), and console pages and layouts reach the database only through lib functions.
// A new hand-built denial or a page querying Prisma directly fails here.
import { describe, expect, it } from "vitest";
import { sourceFiles, sourceText } from "@/lib/testing/source-files";

const files = [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components")];
const matching = (re: RegExp) => files.filter((f) => re.test(sourceText(f)));

describe("one door", () => {
  it("builds AccessDenied only in the factory", () => {
    expect(matching(/new AwsError\(\s*["']AccessDenied["']/)).toEqual(["lib/authz/access-denied.ts"]);
  });

  it("evaluates policies for access only in decide() (and the simulator, which only reports)", () => {
    const evaluating = matching(/import\s*\{[^}]*\bevaluate\b[^}]*\}\s*from\s*["']@\/lib\/policy["']/);
    // The simulator (the IAM Simulate* APIs and the console's policy simulator) reports decisions; it authorizes nothing.
    expect(evaluating.filter((f) => !f.startsWith("lib/iam/simulate/")).sort()).toEqual(["lib/authz/decide.ts"]);
    expect(evaluating).toContain("lib/iam/simulate/simulate.ts");
  });

  it("keeps console pages and layouts off the database", () => {
    expect(matching(/from\s*["']@\/lib\/db["']/).filter((f) => f.startsWith("app/"))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeRedirectPath, sameOriginRedirect } from "./safe-redirect";

describe("safeRedirectPath", () => {
  // Each of these leaves the origin in a browser (or normalises to a scheme-relative URL).
  const attacks: unknown[] = [
    "/\\localhost:8081/phish", // the reported one: /%5C… decoded by the router
    "\\\\evil.example",
    "/\\/evil.example",
    "//evil.example",
    "///evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/a/..//evil.example",
    "/.//evil.example",
    "/%2e//evil.example",
    "/iam/../..//evil.example",
    "https://evil.example/iam",
    "http:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "",
    undefined,
    null,
    42,
    ["/iam", "//evil.example"],
  ];
  it.each(attacks)("refuses %j", (value) => {
    expect(safeRedirectPath(value)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it.each([
    ["/iam", "/iam"],
    ["/iam/roles/Admin?tab=trust", "/iam/roles/Admin?tab=trust"],
    ["/iam/users#permissions", "/iam/users#permissions"],
    ["/iam?next=//evil.example", "/iam?next=//evil.example"], // a query value is not a target
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // stays an (odd) path on this origin
    ["/iam/./roles/../users", "/iam/users"],
    ["/ /evil.example/..", "/%20/"], // a space is a path character, not a host separator
  ])("keeps %j as %j", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it("uses the given fallback", () => {
    expect(safeRedirectPath("//evil.example", "/signin")).toBe("/signin");
  });
});

describe("sameOriginRedirect (next-auth redirect callback)", () => {
  const baseUrl = "http://localhost:3000";
  it.each([
    ["/signin", "http://localhost:3000/signin"],
    ["http://localhost:3000/iam/users", "http://localhost:3000/iam/users"],
    ["http://localhost:3001/iam", "http://localhost:3000/iam"],
    ["https://evil.example/iam", "http://localhost:3000/iam"],
    ["//evil.example/iam", "http://localhost:3000/iam"],
    ["/\\evil.example", "http://localhost:3000/iam"],
    ["http://localhost:3000//evil.example", "http://localhost:3000/iam"],
    ["not a url", "http://localhost:3000/iam"],
  ])("%j → %j", (url, expected) => {
    expect(sameOriginRedirect({ url, baseUrl })).toBe(expected);
  });
});

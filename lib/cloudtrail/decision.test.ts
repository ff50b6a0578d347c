// "Simulate this request" from an AccessDenied event (clone extension, spec §1.5): the principal
// (an assumed-role session becomes its role, as SimulatePrincipalPolicy's PolicySourceArn takes
// roles: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html),
// the action and the resource, from the decoded message or AWS's denial text.
import { describe, expect, it } from "vitest";
import type { DecodedMessage } from "@/lib/authz/decoded-message";
import { simulateHref, simulateTarget } from "./decision";

const USER_DENIED = JSON.stringify({
  eventVersion: "1.11",
  userIdentity: { type: "IAMUser", arn: "arn:aws:iam::111122223333:user/bob", accountId: "111122223333", userName: "bob" },
  eventName: "AssumeRole",
  errorCode: "AccessDenied",
  errorMessage:
    "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/Admin because no identity-based policy allows the sts:AssumeRole action",
});

const SESSION_DENIED = JSON.stringify({
  userIdentity: {
    type: "AssumedRole",
    arn: "arn:aws:sts::111122223333:assumed-role/ReadOnly/alice",
    sessionContext: { sessionIssuer: { type: "Role", arn: "arn:aws:iam::111122223333:role/ReadOnly", userName: "ReadOnly" } },
  },
  errorCode: "AccessDenied",
  errorMessage:
    "User: arn:aws:sts::111122223333:assumed-role/ReadOnly/alice is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action",
});

describe("simulateTarget", () => {
  it("reads the principal, action and resource from AWS's denial text", () => {
    expect(simulateTarget(USER_DENIED)).toEqual({
      source: "arn:aws:iam::111122223333:user/bob",
      action: "sts:AssumeRole",
      resource: "arn:aws:iam::111122223333:role/Admin",
    });
  });

  it("simulates an assumed-role session as its role, with * when the message names no resource", () => {
    expect(simulateTarget(SESSION_DENIED)).toEqual({ source: "arn:aws:iam::111122223333:role/ReadOnly", action: "cloudtrail:LookupEvents", resource: "*" });
  });

  it("prefers the decoded message's action and resource", () => {
    const decoded = {
      context: { principal: { id: "AIDA", arn: "arn:aws:iam::111122223333:user/bob" }, action: "iam:CreateRole", resource: "arn:aws:iam::111122223333:role/X", conditions: { items: [] } },
    } as unknown as DecodedMessage;
    expect(simulateTarget(USER_DENIED, decoded)).toMatchObject({ action: "iam:CreateRole", resource: "arn:aws:iam::111122223333:role/X" });
  });

  it("reads an explicit-deny message too, and gives up on a record it cannot read", () => {
    const explicit = JSON.stringify({
      userIdentity: { type: "IAMUser", arn: "arn:aws:iam::1:user/c" },
      errorMessage: "User: arn:aws:iam::1:user/c is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::1:role/ with an explicit deny in an identity-based policy",
    });
    expect(simulateTarget(explicit)).toEqual({ source: "arn:aws:iam::1:user/c", action: "iam:ListRoles", resource: "arn:aws:iam::1:role/" });
    expect(simulateTarget("not json")).toBeUndefined();
    expect(simulateTarget(JSON.stringify({ errorMessage: "Failed authentication" }))).toBeUndefined();
  });
});

describe("simulateHref", () => {
  it("links the simulator with source, action and resource", () => {
    const href = simulateHref({ source: "arn:aws:iam::1:user/b", action: "sts:AssumeRole", resource: "arn:aws:iam::1:role/A" });
    expect(href.startsWith("/policysim?")).toBe(true);
    expect(Object.fromEntries(new URLSearchParams(href.split("?")[1]))).toEqual({
      source: "arn:aws:iam::1:user/b",
      action: "sts:AssumeRole",
      resource: "arn:aws:iam::1:role/A",
    });
  });
});

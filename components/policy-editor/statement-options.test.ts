import { describe, expect, it } from "vitest";
import { conditionKeyError, conditionValueError, parseActions, principalError, PRINCIPAL_TYPES, resourceError } from "./statement-options";

const type = (id: string) => PRINCIPAL_TYPES.find((t) => t.id === id)!;

describe("principalError", () => {
  it("accepts each type's own form and refuses the others", () => {
    expect(principalError(type("account"), "arn:aws:iam::222222222222:root")).toBeNull();
    expect(principalError(type("account"), "222222222222")).toBeNull();
    expect(principalError(type("account"), "arn:aws:iam::2222:root")).toMatch(/arn:aws:iam::\{AccountId\}:root/);
    expect(principalError(type("user"), "arn:aws:iam::111111111111:user/team/alice")).toBeNull();
    expect(principalError(type("role"), "arn:aws:iam::111111111111:user/alice")).not.toBeNull();
    expect(principalError(type("session"), "arn:aws:sts::111111111111:assumed-role/R/s1")).toBeNull();
    expect(principalError(type("service"), "ec2.amazonaws.com")).toBeNull();
    expect(principalError(type("service"), "ec2")).not.toBeNull();
    expect(principalError(type("saml"), "arn:aws:iam::111111111111:saml-provider/MyIdP")).toBeNull();
    expect(principalError(type("web"), "accounts.google.com")).toBeNull();
    expect(principalError(type("web"), "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com")).toBeNull();
    expect(principalError(type("web"), "")).toBe("Enter a value.");
  });
});

describe("condition checks", () => {
  it("needs service:key and a value; Bool and Null take true or false", () => {
    expect(conditionKeyError("sts:ExternalId")).toBeNull();
    expect(conditionKeyError("aws:PrincipalTag/${TagKey}")).toBeNull();
    expect(conditionKeyError("ExternalId")).not.toBeNull();
    expect(conditionKeyError(" ")).toBe("Enter a condition key.");
    expect(conditionValueError("StringEquals", "abc")).toBeNull();
    expect(conditionValueError("StringEquals", "")).toBe("Enter a value.");
    expect(conditionValueError("Bool", "yes")).toBe("Enter true or false.");
    expect(conditionValueError("Null", "false")).toBeNull();
  });
});

describe("parseActions", () => {
  it("splits on commas and spaces and refuses anything not service:Action", () => {
    expect(parseActions("s3:GetObject, s3:Put*  ec2:Describe?nstances")).toEqual(["s3:GetObject", "s3:Put*", "ec2:Describe?nstances"]);
    expect(parseActions("*")).toEqual(["*"]);
    expect(parseActions("GetObject")).toBeNull();
    expect(parseActions("s3:Get Object")).toBeNull();
    expect(parseActions("  ")).toBeNull();
  });
});

describe("resourceError", () => {
  it("accepts ARNs and *", () => {
    expect(resourceError("arn:aws:s3:::bucket/*")).toBeNull();
    expect(resourceError("arn:aws:iam::111111111111:role/x")).toBeNull();
    expect(resourceError("*")).toBeNull();
    expect(resourceError("bucket")).not.toBeNull();
    expect(resourceError("")).toBe("Enter a resource ARN.");
  });
});

// The Create profile form's trust hint: a role is usable by Roles Anywhere when its trust lets the
// service principal call sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
import { describe, expect, it } from "vitest";
import { rolesAnywhereTrust } from "./roles-anywhere-trust";

const trust = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const ra = { Service: "rolesanywhere.amazonaws.com" };

describe("rolesAnywhereTrust", () => {
  it("accepts the documented trust policy", () => {
    const doc = trust([{ Effect: "Allow", Principal: ra, Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"] }]);
    expect(rolesAnywhereTrust(doc)).toEqual({ trustsRolesAnywhere: true, missingActions: [] });
  });

  it("names the actions the service is not allowed", () => {
    const doc = trust([{ Effect: "Allow", Principal: ra, Action: "sts:AssumeRole" }]);
    expect(rolesAnywhereTrust(doc)).toEqual({ trustsRolesAnywhere: true, missingActions: ["sts:TagSession", "sts:SetSourceIdentity"] });
  });

  it("matches wildcards and case as IAM does, and reads a URL-encoded document", () => {
    const doc = trust([{ Effect: "Allow", Principal: { Service: ["ec2.amazonaws.com", "rolesanywhere.amazonaws.com"] }, Action: "STS:*" }]);
    expect(rolesAnywhereTrust(encodeURIComponent(doc)).missingActions).toEqual([]);
  });

  it("does not count other principals, Deny statements or a broken document", () => {
    expect(rolesAnywhereTrust(trust([{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }])).trustsRolesAnywhere).toBe(false);
    expect(rolesAnywhereTrust(trust([{ Effect: "Deny", Principal: ra, Action: "sts:*" }])).trustsRolesAnywhere).toBe(false);
    expect(rolesAnywhereTrust("{not json").trustsRolesAnywhere).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { actionDetails, actionsForService, closest, conditionKeyType, findActions, searchActions, serviceExists } from "./catalog";

describe("catalog", () => {
  it("knows services case-insensitively and lists proper-cased actions", async () => {
    expect(await serviceExists("IAM")).toBe(true);
    expect(await serviceExists("nosuchservice")).toBe(false);
    const sts = await actionsForService("sts");
    expect(sts).toContain("AssumeRoleWithWebIdentity");
    expect(await actionsForService("nosuchservice")).toEqual([]);
  });

  it("expands wildcards in action and service", async () => {
    const get = await findActions("s3:Get*");
    expect(get).toContain("s3:GetObject");
    expect(get.every((a) => /^s3:Get/.test(a))).toBe(true);
    expect(await findActions("STS:assumerole")).toEqual(["sts:AssumeRole"]);
    expect(await findActions("sts:AssumeRole?")).toEqual([]);
    const any = await findActions("s3*:GetObject");
    expect(any).toEqual(expect.arrayContaining(["s3:GetObject"]));
    expect(await findActions("nocolon")).toEqual([]);
  });

  it("action details carry access level, resource types and condition keys", async () => {
    const a = await actionDetails("sts", "assumerole");
    expect(a).toMatchObject({ service: "sts", name: "AssumeRole", accessLevel: "Write", resourceTypes: [{ name: "role", required: true }] });
    expect(a!.conditionKeys).toContain("sts:ExternalId");
    expect(await actionDetails("sts", "Nope")).toBeUndefined();
  });

  it("condition key types, global and service, tag-style included", async () => {
    expect(await conditionKeyType("aws:CurrentTime")).toBe("Date");
    expect(await conditionKeyType("AWS:SourceIp")).toBe("IPAddress");
    expect(await conditionKeyType("aws:PrincipalTag/team")).toBe("String");
    expect(await conditionKeyType("aws:TagKeys")).toBe("ArrayOfString");
    expect(await conditionKeyType("sts:ExternalId")).toBe("String");
    expect(await conditionKeyType("aws:MultiFactorAuthAge")).toBe("Numeric");
    expect(await conditionKeyType("aws:nosuchkey")).toBeUndefined();
  });

  it("autocomplete by prefix", async () => {
    expect(await searchActions("iam:ListRole", 10)).toEqual(expect.arrayContaining(["iam:ListRoles", "iam:ListRolePolicies"]));
    expect((await searchActions("s3", 3)).length).toBeLessThanOrEqual(3);
    expect(await searchActions("s3", 50)).toContain("s3");
  });

  it("suggests the closest name within two edits", () => {
    expect(closest("GetObjekt", ["GetObject", "PutObject"])).toBe("GetObject");
    expect(closest("Zzzzzz", ["GetObject"])).toBeUndefined();
  });
});

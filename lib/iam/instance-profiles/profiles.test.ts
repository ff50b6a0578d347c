// Instance profiles: one role per profile, AWS's texts, and deletion rules.
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let profiles: typeof import("./profiles");
let roles: typeof import("@/lib/iam/roles");

beforeAll(async () => {
  sb = await openSandbox();
  profiles = await import("./profiles");
  roles = await import("@/lib/iam/roles");
  for (const name of ["App", "Other"]) await roles.createRole(sb.admin, { roleName: name, assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }) });
}, 90_000);

describe("instance profiles", () => {
  it("creates, holds one role, lists for the role, and deletes when empty", async () => {
    const { InstanceProfile } = await profiles.createInstanceProfile(sb.admin, { instanceProfileName: "AppProfile", path: "/web/", tags: [{ Key: "env", Value: "dev" }] });
    expect(InstanceProfile).toMatchObject({ InstanceProfileName: "AppProfile", Path: "/web/", Arn: `arn:aws:iam::${ACCT}:instance-profile/web/AppProfile`, Roles: [], Tags: [{ Key: "env", Value: "dev" }] });
    expect(InstanceProfile.InstanceProfileId).toMatch(/^AIPA[A-Z2-7]{17}$/);
    expect(await failure(profiles.createInstanceProfile(sb.admin, { instanceProfileName: "appprofile" }))).toEqual({
      code: "EntityAlreadyExists",
      message: "Instance Profile appprofile already exists.",
    });

    await profiles.addRoleToInstanceProfile(sb.admin, "AppProfile", "App");
    const quota = { code: "LimitExceeded", message: "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1" };
    expect(await failure(profiles.addRoleToInstanceProfile(sb.admin, "AppProfile", "Other"))).toEqual(quota);
    expect(await failure(profiles.addRoleToInstanceProfile(sb.admin, "AppProfile", "App"))).toEqual(quota);
    expect((await profiles.getInstanceProfile(sb.admin, "AppProfile")).InstanceProfile.Roles.map((r) => r.RoleName)).toEqual(["App"]);
    expect((await profiles.listInstanceProfilesForRole(sb.admin, "App")).InstanceProfiles.map((p) => p.InstanceProfileName)).toEqual(["AppProfile"]);
    expect((await profiles.listInstanceProfilesForRole(sb.admin, "Other")).InstanceProfiles).toEqual([]);

    expect(await failure(profiles.deleteInstanceProfile(sb.admin, "AppProfile"))).toEqual({
      code: "DeleteConflict",
      message: "Cannot delete entity, must remove roles from instance profile first.",
    });
    expect((await failure(profiles.removeRoleFromInstanceProfile(sb.admin, "AppProfile", "Other"))).code).toBe("NoSuchEntity");
    await profiles.removeRoleFromInstanceProfile(sb.admin, "AppProfile", "App");
    await profiles.deleteInstanceProfile(sb.admin, "AppProfile");
    expect(await failure(profiles.getInstanceProfile(sb.admin, "AppProfile"))).toEqual({ code: "NoSuchEntity", message: "Instance Profile AppProfile cannot be found." });
    expect(await sb.db.tag.count({ where: { ownerType: "instance-profile" } })).toBe(0);
  });

  it("lets only one of two racing adds win", async () => {
    await profiles.createInstanceProfile(sb.admin, { instanceProfileName: "Race" });
    const results = await Promise.allSettled([
      profiles.addRoleToInstanceProfile(sb.admin, "Race", "App"),
      profiles.addRoleToInstanceProfile(sb.admin, "Race", "Other"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("requires permission on the profile", async () => {
    expect((await failure(profiles.createInstanceProfile(sb.alice, { instanceProfileName: "AliceProfile" }))).message).toBe(
      `User: ${sb.alice.arn} is not authorized to perform: iam:CreateInstanceProfile on resource: arn:aws:iam::${ACCT}:instance-profile/AliceProfile because no identity-based policy allows the iam:CreateInstanceProfile action`,
    );
  });
});

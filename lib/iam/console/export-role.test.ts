// The export formats must be valid syntax that round-trips the role: YAML parsed back to the same
// properties, the CLI script run by bash with `aws` stubbed to print its arguments, and Terraform
// checked by `terraform fmt` where the binary exists (otherwise by its structure).
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { exportRole, shellQuote, toAwsCli, toCloudFormation, toTerraform, type ExportableRole } from "./export-role";

const yaml = createRequire(import.meta.url)("js-yaml") as { load(text: string): unknown };

const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "cloudformation.amazonaws.com" }, Action: "sts:AssumeRole" }],
});
const INLINE = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/${aws:username}/*" }],
});

const ROLE: ExportableRole = {
  RoleName: "CfnDeploy.Role@team",
  Path: "/service-role/",
  Description: `Deploys "stacks" for O'Brien: 100% %{fun}`,
  MaxSessionDuration: 7200,
  AssumeRolePolicyDocument: TRUST,
  PermissionsBoundaryArn: "arn:aws:iam::aws:policy/PowerUserAccess",
  Tags: [
    { Key: "team", Value: "platform" },
    { Key: "cost center", Value: "" },
  ],
  ManagedPolicyArns: ["arn:aws:iam::aws:policy/IAMFullAccess", "arn:aws:iam::aws:policy/AWSLambda_FullAccess"],
  InlinePolicies: [{ PolicyName: "read-own-prefix", PolicyDocument: INLINE }],
};

const MINIMAL: ExportableRole = {
  RoleName: "1st",
  Path: "/",
  MaxSessionDuration: 3600,
  AssumeRolePolicyDocument: TRUST,
  Tags: [],
  ManagedPolicyArns: [],
  InlinePolicies: [],
};

function hasTerraform(): boolean {
  return spawnSync("terraform", ["version"], { stdio: "ignore" }).status === 0;
}

describe("exportRole", () => {
  it("is deterministic", () => {
    expect(exportRole(ROLE)).toEqual(exportRole(structuredClone(ROLE)));
  });

  it("CloudFormation YAML parses back to the role's properties", () => {
    const doc = yaml.load(toCloudFormation(ROLE)) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const [logicalId, resource] = Object.entries(doc.Resources)[0];
    expect(logicalId).toBe("CfnDeployRoleteam");
    expect(resource.Type).toBe("AWS::IAM::Role");
    expect(resource.Properties).toEqual({
      RoleName: ROLE.RoleName,
      Path: "/service-role/",
      Description: ROLE.Description,
      MaxSessionDuration: 7200,
      PermissionsBoundary: ROLE.PermissionsBoundaryArn,
      AssumeRolePolicyDocument: JSON.parse(TRUST),
      ManagedPolicyArns: ROLE.ManagedPolicyArns,
      Policies: [{ PolicyName: "read-own-prefix", PolicyDocument: JSON.parse(INLINE) }],
      Tags: ROLE.Tags,
    });
  });

  it("CloudFormation omits empty sections and gives digit-led names a letter-led logical id", () => {
    const doc = yaml.load(toCloudFormation(MINIMAL)) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
    expect(Object.keys(doc.Resources)).toEqual(["Role1st"]);
    expect(Object.keys(doc.Resources.Role1st.Properties).sort()).toEqual(["AssumeRolePolicyDocument", "MaxSessionDuration", "Path", "RoleName"]);
  });

  it("AWS CLI commands are valid shell whose arguments round-trip exactly", () => {
    const script = `aws() { printf '%s\\0' "$@"; printf '\\n\\0'; }\n${toAwsCli(ROLE)}`;
    const out = execFileSync("bash", ["-c", script], { encoding: "utf8" });
    const commands = out.split("\n\0").filter(Boolean).map((c) => c.split("\0").filter((x) => x !== ""));
    expect(commands).toHaveLength(4);
    expect(commands[0]).toEqual([
      "iam", "create-role",
      "--role-name", ROLE.RoleName,
      "--path", "/service-role/",
      "--description", ROLE.Description,
      "--max-session-duration", "7200",
      "--permissions-boundary", ROLE.PermissionsBoundaryArn,
      "--assume-role-policy-document", TRUST,
      "--tags", JSON.stringify(ROLE.Tags),
    ]);
    expect(commands[1]).toEqual(["iam", "attach-role-policy", "--role-name", ROLE.RoleName, "--policy-arn", ROLE.ManagedPolicyArns[0]]);
    expect(commands[3]).toEqual(["iam", "put-role-policy", "--role-name", ROLE.RoleName, "--policy-name", "read-own-prefix", "--policy-document", INLINE]);
  });

  it("shellQuote survives quotes, dollars and backticks", () => {
    const nasty = `a'b"c$HOME\`id\`\\`;
    expect(execFileSync("bash", ["-c", `printf '%s' ${shellQuote(nasty)}`], { encoding: "utf8" })).toBe(nasty);
  });

  it("Terraform has the role, one attachment per policy and the inline policy, with template sequences escaped", () => {
    const tf = toTerraform(ROLE);
    expect(tf).toContain(`resource "aws_iam_role" "CfnDeploy_Role_team" {`);
    expect(tf.match(/resource "aws_iam_role_policy_attachment"/g)).toHaveLength(2);
    expect(tf).toContain(`policy_arn = "arn:aws:iam::aws:policy/AWSLambda_FullAccess"`);
    expect(tf).toContain(`resource "aws_iam_role_policy" "CfnDeploy_Role_team_read-own-prefix"`);
    // ${aws:username} must reach IAM literally, so HCL must not interpolate it.
    expect(tf).toContain("bucket/$${aws:username}/*");
    expect(tf).toContain(`100% %%{fun}`);
    expect(toTerraform(MINIMAL)).toContain(`resource "aws_iam_role" "_1st"`);
  });

  it.runIf(hasTerraform())("Terraform is accepted by terraform fmt unchanged", () => {
    for (const role of [ROLE, MINIMAL]) {
      const tf = toTerraform(role);
      const r = spawnSync("terraform", ["fmt", "-"], { input: tf, encoding: "utf8" });
      expect(r.stderr).not.toMatch(/Error/);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(tf);
    }
  });
});

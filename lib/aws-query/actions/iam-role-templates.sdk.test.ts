// Role Manager on the wire through the real SDK v3 and SigV4: account properties (the switch that
// turns Role Manager on), role template versions, and AcquireRole building a role from a template with
// the caller's replacement values through the ordinary role calls.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_role-manager_enable-use.html
import {
  AcquireRoleCommand,
  CreateRoleCommand,
  GetAccountPropertiesCommand,
  GetRolePolicyCommand,
  GetRoleTemplateVersionCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  PutAccountPropertiesCommand,
} from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, iamClient, sdkFailure, startHarness, type Harness } from "@/lib/wire/testing";
import { userAllowed } from "@/lib/testing/iam-sdk-suite";

let h: Harness;
let admin: IAMClient;
let other: IAMClient; // account 222, Role Manager left off
let eve: IAMClient;
let creator: IAMClient; // may create roles but not put their policies
let templateArn: string;
const ACCT = "111111111111";
const EVE_ARN = `arn:aws:iam::${ACCT}:user/eve`;
const MISSING = "arn:aws:iam::aws:role-template/ec2.amazonaws.com/NoSuchTemplate:1";
const TRUST = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] };
const INLINE = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::@{env}-data/*" }] };

const user = (name: string, actions: string[]) => userAllowed(admin, h.url, name, actions);

beforeAll(async () => {
  h = await startHarness();
  admin = iamClient(h.url, ADMIN_111);
  other = iamClient(h.url, ADMIN_222);
  eve = await user("eve", []);
  creator = await user("creator", ["iam:CreateRole", "iam:GetRole"]);
  const { registerRoleTemplateVersion } = await import("@/lib/iam/role-templates");
  const definition = {
    Description: "An application role",
    RoleNamePattern: "App-@{env}",
    RolePathPattern: "/apps/",
    RoleDescriptionPattern: "Role for @{env}",
    AssumeRolePolicyDocumentTemplate: JSON.stringify(TRUST),
    InlinePolicyTemplates: [{ PolicyName: "data", PolicyDocument: JSON.stringify(INLINE) }],
    ManagedPolicyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
    ParametersDefinition: [{ Name: "env", Type: "String" as const, IsRequired: true, Description: "Environment" }],
    RoleTagsTemplate: [{ Key: "env", Value: "@{env}" }],
    MaxSessionDuration: 7200,
  };
  templateArn = await registerRoleTemplateVersion({ servicePrincipal: "ec2.amazonaws.com", name: "AppRole", major: 1, minor: 0, definition });
  await registerRoleTemplateVersion({ servicePrincipal: "ec2.amazonaws.com", name: "AppRole", major: 1, minor: 1, isDefault: false, definition: { ...definition, MaxSessionDuration: 3600 } });
  await registerRoleTemplateVersion({ servicePrincipal: "ec2.amazonaws.com", name: "Retired", major: 1, minor: 0, enabled: false, definition });
}, 90_000);
afterAll(async () => h?.close());

describe("GetAccountProperties / PutAccountProperties (API_PutAccountProperties)", () => {
  it("an account that set nothing has no properties; a set property reads back", async () => {
    expect((await other.send(new GetAccountPropertiesCommand({}))).Properties ?? {}).toEqual({});
    await admin.send(new PutAccountPropertiesCommand({ Properties: { "RoleManager/Enabled": "true" } }));
    expect((await admin.send(new GetAccountPropertiesCommand({}))).Properties).toEqual({ "RoleManager/Enabled": "true" });
    expect((await other.send(new GetAccountPropertiesCommand({}))).Properties ?? {}).toEqual({});
  });

  it("refuses keys without exactly one '/', mixed namespaces, unknown properties and wrongly typed values", async () => {
    const put = (Properties: Record<string, string>) => sdkFailure(admin.send(new PutAccountPropertiesCommand({ Properties })));
    expect(await put({ "1bad/key": "true" })).toMatchObject({ name: "ValidationError", message: expect.stringContaining("^[A-Za-z][A-Za-z0-9/_-]*$") });
    expect(await put({ RoleManager: "true" })).toMatchObject({ name: "InvalidInputException", status: 400 });
    expect(await put({ "RoleManager/Enabled/x": "true" })).toMatchObject({ name: "InvalidInputException" });
    expect(await put({ "RoleManager/Enabled": "true", "Other/Thing": "1" })).toMatchObject({ name: "InvalidInputException", message: expect.stringContaining("same namespace") });
    expect(await put({ "RoleManager/Unknown": "true" })).toMatchObject({ name: "InvalidInputException" });
    // "boolean properties expect true or false"
    expect(await put({ "RoleManager/Enabled": "yes" })).toMatchObject({ name: "InvalidInputException" });
  });

  it("needs iam:GetAccountProperties / iam:PutAccountProperties", async () => {
    expect(await sdkFailure(eve.send(new GetAccountPropertiesCommand({})))).toMatchObject({
      name: "AccessDenied",
      message: `User: ${EVE_ARN} is not authorized to perform: iam:GetAccountProperties because no identity-based policy allows the iam:GetAccountProperties action`,
    });
    expect(await sdkFailure(eve.send(new PutAccountPropertiesCommand({ Properties: { "RoleManager/Enabled": "false" } })))).toMatchObject({ name: "AccessDenied" });
  });
});

describe("GetRoleTemplateVersion (API_GetRoleTemplateVersion)", () => {
  it("answers NoSuchEntity where no such template exists, after authorizing on the template's ARN", async () => {
    expect(await sdkFailure(admin.send(new GetRoleTemplateVersionCommand({ TemplateArn: MISSING })))).toMatchObject({ name: "NoSuchEntityException", status: 404 });
    expect(await sdkFailure(eve.send(new GetRoleTemplateVersionCommand({ TemplateArn: MISSING })))).toMatchObject({
      name: "AccessDenied",
      message: expect.stringContaining(`iam:GetRoleTemplateVersion on resource: ${MISSING}`),
    });
    expect(await sdkFailure(admin.send(new GetRoleTemplateVersionCommand({ TemplateArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" })))).toMatchObject({ name: "InvalidInputException" });
  });

  it("returns the default minor version, or the one asked for", async () => {
    const { RoleTemplateVersion: v } = await admin.send(new GetRoleTemplateVersionCommand({ TemplateArn: templateArn }));
    expect(v).toMatchObject({
      TemplateArn: "arn:aws:iam::aws:role-template/ec2.amazonaws.com/AppRole:1",
      TemplateName: "AppRole",
      MajorVersion: 1,
      MinorVersion: 0,
      DefaultMinorVersion: 0,
      ManagedByType: "Service",
      Enabled: true,
      RoleNamePattern: "App-@{env}",
      ManagedPolicyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
      ParametersDefinition: [{ Name: "env", Type: "String", IsRequired: true, Description: "Environment" }],
      RoleTagsTemplate: [{ Key: "env", Value: "@{env}" }],
      MaxSessionDuration: 7200,
    });
    expect(JSON.parse(decodeURIComponent(v?.AssumeRolePolicyDocumentTemplate ?? ""))).toEqual(TRUST);
    const minor1 = await admin.send(new GetRoleTemplateVersionCommand({ TemplateArn: templateArn, MinorVersion: 1 }));
    expect(minor1.RoleTemplateVersion).toMatchObject({ MinorVersion: 1, DefaultMinorVersion: 0, MaxSessionDuration: 3600 });
    expect(await sdkFailure(admin.send(new GetRoleTemplateVersionCommand({ TemplateArn: templateArn, MinorVersion: 9 })))).toMatchObject({ name: "NoSuchEntityException" });
  });
});

describe("AcquireRole (API_AcquireRole)", () => {
  const acquire = (c: IAMClient, env?: string, extra: Record<string, { Values: string[] }> = {}) =>
    c.send(new AcquireRoleCommand({ TemplateArn: templateArn, ReplacementValues: { ...(env ? { env: { Values: [env] } } : {}), ...extra } }));

  it("is refused while Role Manager is off for the account, and for templates that do not exist", async () => {
    expect(await sdkFailure(acquire(other, "x"))).toMatchObject({ name: "InvalidInputException", message: expect.stringContaining("Role manager") });
    expect(await sdkFailure(admin.send(new AcquireRoleCommand({ TemplateArn: MISSING })))).toMatchObject({ name: "NoSuchEntityException" });
  });

  it("creates the role the template describes with the values given, and returns it again when asked again", async () => {
    const { Role } = await acquire(admin, "prod");
    expect(Role).toMatchObject({
      RoleName: "App-prod",
      Path: "/apps/",
      Arn: `arn:aws:iam::${ACCT}:role/apps/App-prod`,
      Description: "Role for prod",
      MaxSessionDuration: 7200,
      Tags: [{ Key: "env", Value: "prod" }],
      SourceRoleTemplate: { TemplateArn: templateArn, TemplateMinorVersion: 0 },
    });
    expect(JSON.parse(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? ""))).toEqual(TRUST);
    const inline = await admin.send(new GetRolePolicyCommand({ RoleName: "App-prod", PolicyName: "data" }));
    expect(JSON.parse(decodeURIComponent(inline.PolicyDocument ?? "")).Statement[0].Resource).toBe("arn:aws:s3:::prod-data/*");
    const attached = await admin.send(new ListAttachedRolePoliciesCommand({ RoleName: "App-prod" }));
    expect(attached.AttachedPolicies?.map((p) => p.PolicyName)).toEqual(["ReadOnlyAccess"]);
    const again = await acquire(admin, "prod");
    expect(again.Role?.RoleId).toBe(Role?.RoleId);
    expect(await h.db.activityEvent.count({ where: { action: "iam:AcquireRole", accountId: ACCT } })).toBeGreaterThanOrEqual(2);
  });

  it("refuses missing or unknown parameters, a name taken by another role, and disabled templates", async () => {
    expect(await sdkFailure(acquire(admin))).toMatchObject({ name: "InvalidInputException", message: expect.stringContaining("env") });
    expect(await sdkFailure(acquire(admin, "qa", { nope: { Values: ["1"] } }))).toMatchObject({ name: "InvalidInputException" });
    await admin.send(new CreateRoleCommand({ RoleName: "App-test", AssumeRolePolicyDocument: JSON.stringify(TRUST) }));
    expect(await sdkFailure(acquire(admin, "test"))).toMatchObject({ name: "NameConflictException", status: 409 });
    const retired = "arn:aws:iam::aws:role-template/ec2.amazonaws.com/Retired:1";
    expect(await sdkFailure(admin.send(new AcquireRoleCommand({ TemplateArn: retired, ReplacementValues: { env: { Values: ["x"] } } })))).toMatchObject({
      name: "RoleTemplateDisabledException",
      status: 400,
    });
  });

  it("needs every action the template performs, checked before any role is written", async () => {
    const out = await sdkFailure(acquire(creator, "dev"));
    expect(out).toMatchObject({ name: "AccessDenied", message: expect.stringContaining("iam:PutRolePolicy on resource: arn:aws:iam::111111111111:role/apps/App-dev") });
    expect(await h.db.role.count({ where: { accountId: ACCT, name: "App-dev" } })).toBe(0);
    expect(await sdkFailure(acquire(eve, "dev"))).toMatchObject({ name: "AccessDenied" });
  });
});

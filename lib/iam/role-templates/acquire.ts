// AcquireRole: a role built from a role template version, its @{parameter} placeholders replaced by the
// caller's ReplacementValues (or the parameters' defaults). "If a role that matches the template already
// exists in the account, AcquireRole returns that role. This requires the iam:GetRole permission. If no
// matching role exists, AcquireRole creates one from the template. This requires the iam:CreateRole
// permission, plus … iam:PutRolePolicy … and iam:AttachRolePolicy" — so the role is made by the same
// CreateRole / PutRolePolicy / AttachRolePolicy code the API uses (validation, quotas, authorization).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_role-manager_enable-use.html
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { roleManagerEnabled } from "../account-properties";
import { substitute, substituteText, type PolicyParameter } from "../delegation-requests/templates";
import { iamArn } from "../names";
import * as roles from "../roles";
import { fullRoleShape } from "../roles/read";
import { findTemplateVersion, noSuchTemplate, parseTemplateArn, type TemplateDefinition } from "./versions";

function invalid(message: string): AwsError {
  return new AwsError("InvalidInput", message);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** The template's parameters with the values to use; [INF] the wording of each refusal. */
export function resolveParameters(def: TemplateDefinition, given: Map<string, string[]>): PolicyParameter[] {
  const defined = def.ParametersDefinition ?? [];
  for (const name of given.keys()) {
    if (!defined.some((d) => d.Name === name)) throw invalid(`The role template has no parameter ${name}.`);
  }
  return defined.map((d) => {
    const list = d.Type.endsWith("List");
    const values = given.get(d.Name) ?? (d.DefaultValue !== undefined ? (list ? d.DefaultValue.split(",") : [d.DefaultValue]) : undefined);
    if (!values) {
      if (d.IsRequired) throw invalid(`A value is required for template parameter ${d.Name}.`);
      return { Name: d.Name, Values: [""], Type: "string" };
    }
    if (!list && values.length !== 1) throw invalid(`Template parameter ${d.Name} takes exactly one value.`);
    for (const v of values) {
      if (d.Type.startsWith("Number") && !NUMBER.test(v)) throw invalid(`Template parameter ${d.Name} takes numbers: ${v}.`);
      if (d.Type.startsWith("Arn") && !/^arn:aws[a-z-]*:/.test(v)) throw invalid(`Template parameter ${d.Name} takes ARNs: ${v}.`);
    }
    return { Name: d.Name, Values: values, Type: list ? "stringList" : "string" };
  });
}

export interface AcquireRoleInput {
  templateArn: string;
  minorVersion?: number;
  replacementValues: Map<string, string[]>;
}

/** [INF] AWS's wording when Role Manager is off for the account (PutAccountProperties turns it on). */
export const ROLE_MANAGER_DISABLED = "Role manager is not enabled for this account.";

export async function acquireRole(caller: Caller, input: AcquireRoleInput) {
  parseTemplateArn(input.templateArn);
  if (!(await roleManagerEnabled(caller.accountId))) throw invalid(ROLE_MANAGER_DISABLED);
  const v = await findTemplateVersion(input.templateArn, input.minorVersion);
  if (!v) throw noSuchTemplate(input.templateArn, input.minorVersion);
  if (!v.row.enabled) {
    throw new AwsError("RoleTemplateDisabled", `The role template ${input.templateArn} is disabled and cannot be used to create new roles.`);
  }
  const def = v.definition;
  const params = resolveParameters(def, input.replacementValues);
  const roleName = substituteText(def.RoleNamePattern, params);
  const path = def.RolePathPattern ? substituteText(def.RolePathPattern, params) : "/";
  const source = { TemplateArn: v.arn, TemplateMinorVersion: v.row.minorVersion };

  const existing = await db.role.findUnique({ where: { accountId_nameLower: { accountId: caller.accountId, nameLower: roleName.toLowerCase() } } });
  if (existing) {
    await authorize(caller, "iam:GetRole", existing.arn);
    const from = await db.roleFromTemplate.findUnique({ where: { roleId: existing.id } });
    if (from?.templateArn !== v.arn) {
      throw new AwsError("NameConflict", `The role name ${roleName} conflicts with an existing role in the account.`); // [INF] wording
    }
    return { Role: { ...(await fullRoleShape(existing)), SourceRoleTemplate: { TemplateArn: from.templateArn, TemplateMinorVersion: from.minorVersion } } };
  }

  const inline = (def.InlinePolicyTemplates ?? []).map((p) => ({ name: p.PolicyName, document: substitute(p.PolicyDocument, params, { requireAllUsed: false }) }));
  const managed = def.ManagedPolicyArns ?? [];
  // Every action the template needs is allowed before anything is written: no half-made role.
  const arn = iamArn(caller.accountId, "role", path, roleName);
  if (inline.length) await authorize(caller, "iam:PutRolePolicy", arn);
  for (const policyArn of managed) await authorize(caller, "iam:AttachRolePolicy", arn, { context: { "iam:PolicyARN": policyArn } });
  for (const policyArn of managed) {
    if (!(await db.managedPolicy.findUnique({ where: { arn: policyArn }, select: { id: true } }))) {
      throw new AwsError("NoSuchEntity", `Policy ${policyArn} does not exist or is not attachable.`);
    }
  }

  await roles.createRole(caller, {
    roleName,
    path,
    assumeRolePolicyDocument: substitute(def.AssumeRolePolicyDocumentTemplate, params, { requireAllUsed: false }),
    description: def.RoleDescriptionPattern ? substituteText(def.RoleDescriptionPattern, params) : undefined,
    maxSessionDuration: def.MaxSessionDuration,
    permissionsBoundary: def.PermissionBoundaryArn,
    tags: (def.RoleTagsTemplate ?? []).map((t) => ({ Key: substituteText(t.Key, params), Value: substituteText(t.Value, params) })),
  });
  const role = await roles.findRoleOrThrow(caller.accountId, roleName);
  await db.roleFromTemplate.create({ data: { roleId: role.id, accountId: caller.accountId, templateArn: v.arn, minorVersion: v.row.minorVersion } });
  for (const p of inline) await roles.putRolePolicy(caller, roleName, p.name, p.document);
  for (const policyArn of managed) await roles.attachRolePolicy(caller, roleName, policyArn);
  return { Role: { ...(await fullRoleShape(role)), SourceRoleTemplate: source } };
}

// Role template versions (Role Manager): AWS-managed templates, one per service and name, with major
// versions in the ARN and minor versions inside. GetRoleTemplateVersion reads one; an account where
// AWS has published none (every sandbox account until one is registered here) has nothing to find.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRoleTemplateVersion.html
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import type { RoleTemplateVersion as Row } from "@/generated/prisma/client";
import { serverNow } from "@/lib/server-now";

/** arn:${Partition}:iam::aws:role-template/${AWSServicePrincipal}/${RoleTemplateName}:${RoleTemplateMajorVersion} */
const TEMPLATE_ARN = /^arn:aws[a-z-]*:iam::aws:role-template\/([a-z0-9.-]+)\/([\w+=,.@-]+):(\d+)$/;

export type ParameterType = "String" | "StringList" | "Number" | "NumberList" | "Arn" | "ArnList";

export interface TemplateDefinition {
  Description?: string;
  ManagedByValue?: string;
  RoleNamePattern: string;
  RolePathPattern?: string;
  RoleDescriptionPattern?: string;
  AssumeRolePolicyDocumentTemplate: string;
  InlinePolicyTemplates?: Array<{ PolicyName: string; PolicyDocument: string }>;
  ManagedPolicyArns?: string[];
  PermissionBoundaryArn?: string;
  ParametersDefinition?: Array<{
    Name: string;
    Type: ParameterType;
    SubType?: string;
    Description?: string;
    IsRequired?: boolean;
    DefaultValue?: string;
    Immutable?: boolean;
  }>;
  RoleTagsTemplate?: Array<{ Key: string; Value: string }>;
  MaxSessionDuration?: number;
}

export interface TemplateVersion {
  row: Row;
  arn: string;
  servicePrincipal: string;
  name: string;
  major: number;
  definition: TemplateDefinition;
}

function invalid(message: string): AwsError {
  return new AwsError("InvalidInput", message);
}

/** [INF] AWS's wording for a template (or minor version) that does not exist. */
export function noSuchTemplate(arn: string, minor?: number): AwsError {
  return new AwsError("NoSuchEntity", minor === undefined ? `Role template ${arn} not found.` : `Role template ${arn} version ${minor} not found.`);
}

export function parseTemplateArn(arn: string): { servicePrincipal: string; name: string; major: number } {
  const m = TEMPLATE_ARN.exec(arn);
  if (!m) throw invalid(`TemplateArn ${arn} is not a valid role template ARN.`); // [INF] wording
  return { servicePrincipal: m[1], name: m[2], major: Number(m[3]) };
}

/** The version asked for, or the template's default minor version; null when there is none. */
export async function findTemplateVersion(arn: string, minor?: number): Promise<TemplateVersion | null> {
  const parsed = parseTemplateArn(arn);
  const row =
    minor !== undefined
      ? await db.roleTemplateVersion.findUnique({ where: { templateArn_minorVersion: { templateArn: arn, minorVersion: minor } } })
      : await db.roleTemplateVersion.findFirst({ where: { templateArn: arn, isDefault: true } });
  if (!row) return null;
  return { row, arn, ...parsed, definition: JSON.parse(row.definition) as TemplateDefinition };
}

/** The sandbox's stand-in for AWS publishing a template version (tests, demos). */
export async function registerRoleTemplateVersion(input: {
  servicePrincipal: string;
  name: string;
  major: number;
  minor: number;
  isDefault?: boolean;
  enabled?: boolean;
  definition: TemplateDefinition;
}): Promise<string> {
  const arn = `arn:aws:iam::aws:role-template/${input.servicePrincipal}/${input.name}:${input.major}`;
  const data = { enabled: input.enabled ?? true, isDefault: input.isDefault ?? true, definition: JSON.stringify(input.definition), updatedAt: serverNow() };
  await db.$transaction(async (tx) => {
    if (data.isDefault) await tx.roleTemplateVersion.updateMany({ where: { templateArn: arn }, data: { isDefault: false } });
    await tx.roleTemplateVersion.upsert({
      where: { templateArn_minorVersion: { templateArn: arn, minorVersion: input.minor } },
      create: { id: `${arn}#${input.minor}`, templateArn: arn, minorVersion: input.minor, ...data },
      update: data,
    });
  });
  return arn;
}

/** The RoleTemplateVersion structure (API_RoleTemplateVersion). */
export async function toWire(v: TemplateVersion) {
  const d = v.definition;
  const defaultRow = await db.roleTemplateVersion.findFirst({ where: { templateArn: v.arn, isDefault: true }, select: { minorVersion: true } });
  return {
    TemplateArn: v.arn,
    TemplateName: v.name,
    TemplateVersionId: `${v.major}.${v.row.minorVersion}`, // [INF] the identifier's form
    Description: d.Description,
    MajorVersion: v.major,
    DefaultMinorVersion: defaultRow?.minorVersion,
    ManagedByType: "Service",
    ManagedByValue: d.ManagedByValue ?? v.servicePrincipal,
    Enabled: v.row.enabled,
    MinorVersion: v.row.minorVersion,
    RoleNamePattern: d.RoleNamePattern,
    RolePathPattern: d.RolePathPattern,
    RoleDescriptionPattern: d.RoleDescriptionPattern,
    AssumeRolePolicyDocumentTemplate: d.AssumeRolePolicyDocumentTemplate,
    InlinePolicyTemplates: d.InlinePolicyTemplates,
    ManagedPolicyArns: d.ManagedPolicyArns,
    PermissionBoundaryArn: d.PermissionBoundaryArn,
    ParametersDefinition: d.ParametersDefinition,
    RoleTagsTemplate: d.RoleTagsTemplate,
    MaxSessionDuration: d.MaxSessionDuration,
    VersionEnabled: v.row.enabled,
    CreateTimestamp: v.row.createdAt,
    UpdateTimestamp: v.row.updatedAt,
  };
}

export async function getRoleTemplateVersion(caller: Caller, templateArn: string, minor?: number) {
  parseTemplateArn(templateArn);
  await authorize(caller, "iam:GetRoleTemplateVersion", templateArn);
  const v = await findTemplateVersion(templateArn, minor);
  if (!v) throw noSuchTemplate(templateArn, minor);
  return { RoleTemplateVersion: await toWire(v) };
}

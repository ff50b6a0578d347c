// IAM Query actions for roles, instance profiles and service-linked roles: parameter reading (the
// IAM model's constraints) and result shaping only; the rules live in lib/iam.
import type { Caller } from "@/lib/authz/caller";
import { ParamReader, encodePolicyDocument, memberList, stringList, type QueryAction, type QueryParams } from "@/lib/aws-query";
import * as roles from "@/lib/iam/roles";
import type { RoleShape } from "@/lib/iam/roles";
import * as profiles from "@/lib/iam/instance-profiles/profiles";
import * as slr from "@/lib/iam/roles/service-linked";
import type { Tag } from "@/lib/iam/tags";
import { ARN_KINDS } from "@/lib/aws/arn";
import { readArn, type ArnRule } from "./arn-params";
import { NAME_MAX, NAME_PATTERN } from "@/lib/iam/name-rules";

type Rule = { required?: boolean; min?: number; max?: number; pattern?: string };
const req = <T extends Rule | ArnRule>(rule: T): T => ({ ...rule, required: true });

export const RULES = {
  name: { min: 1, max: NAME_MAX.role, pattern: NAME_PATTERN },
  longName: { min: 1, max: 128, pattern: NAME_PATTERN },
  path: { min: 1, max: 512, pattern: "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)" },
  pathPrefix: { min: 1, max: 512, pattern: "\\u002F[\\u0021-\\u007F]*" },
  /** ListAttached*Policies' PathPrefix (the model's policyPathType). */
  policyPathPrefix: { min: 1, max: 512, pattern: "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/" },
  /** existingUserNameType: calls naming a user that exists accept up to 128 characters. */
  existingUserName: { min: 1, max: 128, pattern: NAME_PATTERN },
  document: { min: 1, max: 131072, pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+" },
  description: { max: 1000 },
  /** PolicyArn and PermissionsBoundary: a managed policy's ARN (lib/aws/arn.ts). */
  policyArn: { arn: ARN_KINDS.policy } as ArnRule,
  marker: { min: 1, max: 320, pattern: "[\\u0020-\\u00FF]+" },
} satisfies Record<string, Rule | ArnRule>;

/**
 * Reads strings (by rule), integers (`{ int: … }`), booleans (`{ bool: true }`) and IAM ARNs
 * (`{ arn: kinds }`) and throws every model violation of the request at once, as Coral does; an ARN
 * that does not parse is reported only after that (lib/aws-query/actions/arn-params.ts).
 */
export function readParams<K extends string>(
  params: QueryParams,
  rules: Record<K, Rule | ArnRule | { int: { required?: boolean; min?: number; max?: number } } | { bool: true }>,
) {
  const r = new ParamReader(params);
  const out = {} as Record<K, string | number | boolean | undefined>;
  for (const name of Object.keys(rules) as K[]) {
    const rule = rules[name];
    if ("int" in rule) out[name] = r.int(name, rule.int);
    else if ("bool" in rule) out[name] = r.bool(name);
    else if ("arn" in rule) out[name] = readArn(r, name, rule.arn, rule);
    else out[name] = r.string(name, rule);
  }
  r.finish();
  return out;
}

const s = (v: string | number | boolean | undefined) => v as string;
const opt = (v: string | number | boolean | undefined) => v as string | undefined;
const num = (v: string | number | boolean | undefined) => v as number | undefined;

/** `Tags.member.N.Key/Value`; a missing Key or Value is reported like Coral's null member. */
export function readTags(params: QueryParams): Tag[] {
  const r = new ParamReader(params);
  const tags = memberList(params, "Tags", ["Key", "Value"]).map((t, i) => {
    r.checkString(`tags.${i + 1}.member.key`, t.Key, { required: true });
    r.checkString(`tags.${i + 1}.member.value`, t.Value, { required: true });
    return { Key: t.Key ?? "", Value: t.Value ?? "" };
  });
  r.finish();
  return tags;
}

/** Every policy document IAM returns is URL-encoded on the wire. */
export function wireRole(role: RoleShape): object {
  return { ...role, AssumeRolePolicyDocument: encodePolicyDocument(role.AssumeRolePolicyDocument) };
}

const wireProfile = (p: profiles.InstanceProfileShape) => ({ ...p, Roles: p.Roles.map(wireRole) });
export const paging = { Marker: RULES.marker, MaxItems: { int: { min: 1, max: 1000 } } } as const;
/** The Marker/MaxItems pair every List call takes, read with `paging`'s rules. */
export const pageInput = (p: { Marker?: string | number | boolean; MaxItems?: string | number | boolean }) => ({
  marker: p.Marker as string | undefined,
  maxItems: p.MaxItems as number | undefined,
});

export const iamRoleActions: Record<string, QueryAction<Caller>> = {
  async CreateRole(params, caller) {
    const p = readParams(params, {
      RoleName: req(RULES.name),
      AssumeRolePolicyDocument: req(RULES.document),
      Path: RULES.path,
      Description: RULES.description,
      MaxSessionDuration: { int: { min: 3600, max: 43200 } },
      PermissionsBoundary: RULES.policyArn,
    });
    const { Role } = await roles.createRole(caller, {
      roleName: s(p.RoleName),
      assumeRolePolicyDocument: s(p.AssumeRolePolicyDocument),
      path: opt(p.Path),
      description: opt(p.Description),
      maxSessionDuration: num(p.MaxSessionDuration),
      permissionsBoundary: opt(p.PermissionsBoundary),
      tags: readTags(params),
    });
    return { Role: wireRole(Role) };
  },
  async GetRole(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name) });
    return { Role: wireRole((await roles.getRole(caller, s(p.RoleName))).Role) };
  },
  async ListRoles(params, caller) {
    const p = readParams(params, { PathPrefix: RULES.pathPrefix, ...paging });
    const out = await roles.listRoles(caller, { pathPrefix: opt(p.PathPrefix), marker: opt(p.Marker), maxItems: num(p.MaxItems) });
    return { ...out, Roles: out.Roles.map(wireRole) };
  },
  async UpdateRole(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), Description: RULES.description, MaxSessionDuration: { int: { min: 3600, max: 43200 } } });
    await roles.updateRole(caller, { roleName: s(p.RoleName), description: opt(p.Description), maxSessionDuration: num(p.MaxSessionDuration) });
    return {};
  },
  async UpdateRoleDescription(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), Description: req(RULES.description) });
    return { Role: wireRole((await roles.updateRoleDescription(caller, s(p.RoleName), s(p.Description))).Role) };
  },
  async UpdateAssumeRolePolicy(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), PolicyDocument: req(RULES.document) });
    await roles.updateAssumeRolePolicy(caller, s(p.RoleName), s(p.PolicyDocument));
    return null;
  },
  async DeleteRole(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name) });
    await roles.deleteRole(caller, s(p.RoleName));
    return null;
  },
  async AttachRolePolicy(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), PolicyArn: req(RULES.policyArn) });
    await roles.attachRolePolicy(caller, s(p.RoleName), s(p.PolicyArn));
    return null;
  },
  async DetachRolePolicy(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), PolicyArn: req(RULES.policyArn) });
    await roles.detachRolePolicy(caller, s(p.RoleName), s(p.PolicyArn));
    return null;
  },
  async ListAttachedRolePolicies(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), PathPrefix: RULES.policyPathPrefix, ...paging });
    return roles.listAttachedRolePolicies(caller, s(p.RoleName), { pathPrefix: opt(p.PathPrefix), marker: opt(p.Marker), maxItems: num(p.MaxItems) });
  },
  async PutRolePolicy(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), PolicyName: req(RULES.longName), PolicyDocument: req(RULES.document) });
    await roles.putRolePolicy(caller, s(p.RoleName), s(p.PolicyName), s(p.PolicyDocument));
    return null;
  },
  async GetRolePolicy(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), PolicyName: req(RULES.longName) });
    const out = await roles.getRolePolicy(caller, s(p.RoleName), s(p.PolicyName));
    return { ...out, PolicyDocument: encodePolicyDocument(out.PolicyDocument) };
  },
  async DeleteRolePolicy(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), PolicyName: req(RULES.longName) });
    await roles.deleteRolePolicy(caller, s(p.RoleName), s(p.PolicyName));
    return null;
  },
  async ListRolePolicies(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), ...paging });
    return roles.listRolePolicies(caller, s(p.RoleName), { marker: opt(p.Marker), maxItems: num(p.MaxItems) });
  },
  async TagRole(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name) });
    await roles.tagRole(caller, s(p.RoleName), readTags(params));
    return null;
  },
  async UntagRole(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name) });
    await roles.untagRole(caller, s(p.RoleName), stringList(params, "TagKeys"));
    return null;
  },
  async ListRoleTags(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), ...paging });
    return roles.listRoleTags(caller, s(p.RoleName), { marker: opt(p.Marker), maxItems: num(p.MaxItems) });
  },
  async PutRolePermissionsBoundary(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), PermissionsBoundary: req(RULES.policyArn) });
    await roles.putRolePermissionsBoundary(caller, s(p.RoleName), s(p.PermissionsBoundary));
    return null;
  },
  async DeleteRolePermissionsBoundary(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name) });
    await roles.deleteRolePermissionsBoundary(caller, s(p.RoleName));
    return null;
  },
  async CreateServiceLinkedRole(params, caller) {
    const p = readParams(params, { AWSServiceName: req(RULES.longName), Description: RULES.description, CustomSuffix: { min: 1, max: 64, pattern: NAME_PATTERN } });
    const { Role } = await slr.createServiceLinkedRole(caller, { awsServiceName: s(p.AWSServiceName), description: opt(p.Description), customSuffix: opt(p.CustomSuffix) });
    return { Role: wireRole(Role) };
  },
  async DeleteServiceLinkedRole(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name) });
    return slr.deleteServiceLinkedRole(caller, s(p.RoleName));
  },
  async GetServiceLinkedRoleDeletionStatus(params, caller) {
    const p = readParams(params, { DeletionTaskId: req({ min: 1, max: 1000 }) });
    return slr.getServiceLinkedRoleDeletionStatus(caller, s(p.DeletionTaskId));
  },
  async CreateInstanceProfile(params, caller) {
    const p = readParams(params, { InstanceProfileName: req(RULES.longName), Path: RULES.path });
    const out = await profiles.createInstanceProfile(caller, { instanceProfileName: s(p.InstanceProfileName), path: opt(p.Path), tags: readTags(params) });
    return { InstanceProfile: wireProfile(out.InstanceProfile) };
  },
  async GetInstanceProfile(params, caller) {
    const p = readParams(params, { InstanceProfileName: req(RULES.longName) });
    return { InstanceProfile: wireProfile((await profiles.getInstanceProfile(caller, s(p.InstanceProfileName))).InstanceProfile) };
  },
  async DeleteInstanceProfile(params, caller) {
    const p = readParams(params, { InstanceProfileName: req(RULES.longName) });
    await profiles.deleteInstanceProfile(caller, s(p.InstanceProfileName));
    return null;
  },
  async AddRoleToInstanceProfile(params, caller) {
    const p = readParams(params, { InstanceProfileName: req(RULES.longName), RoleName: req(RULES.name) });
    await profiles.addRoleToInstanceProfile(caller, s(p.InstanceProfileName), s(p.RoleName));
    return null;
  },
  async RemoveRoleFromInstanceProfile(params, caller) {
    const p = readParams(params, { InstanceProfileName: req(RULES.longName), RoleName: req(RULES.name) });
    await profiles.removeRoleFromInstanceProfile(caller, s(p.InstanceProfileName), s(p.RoleName));
    return null;
  },
  async ListInstanceProfilesForRole(params, caller) {
    const p = readParams(params, { RoleName: req(RULES.name), ...paging });
    const out = await profiles.listInstanceProfilesForRole(caller, s(p.RoleName), { marker: opt(p.Marker), maxItems: num(p.MaxItems) });
    return { ...out, InstanceProfiles: out.InstanceProfiles.map(wireProfile) };
  },
  async ListInstanceProfiles(params, caller) {
    const p = readParams(params, { PathPrefix: RULES.pathPrefix, ...paging });
    const out = await profiles.listInstanceProfiles(caller, { pathPrefix: opt(p.PathPrefix), ...pageInput(p) });
    return { ...out, InstanceProfiles: out.InstanceProfiles.map(wireProfile) };
  },
  async TagInstanceProfile(params, caller) {
    const p = readParams(params, { InstanceProfileName: req(RULES.longName) });
    await profiles.instanceProfileTagging.tag(caller, s(p.InstanceProfileName), readTags(params));
    return null;
  },
  async UntagInstanceProfile(params, caller) {
    const p = readParams(params, { InstanceProfileName: req(RULES.longName) });
    await profiles.instanceProfileTagging.untag(caller, s(p.InstanceProfileName), stringList(params, "TagKeys"));
    return null;
  },
  async ListInstanceProfileTags(params, caller) {
    const p = readParams(params, { InstanceProfileName: req(RULES.longName), ...paging });
    return profiles.instanceProfileTagging.list(caller, s(p.InstanceProfileName), pageInput(p));
  },
};

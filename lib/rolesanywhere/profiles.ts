// Profiles: CreateProfile, ListProfiles, GetProfile, UpdateProfile, DeleteProfile, EnableProfile,
// DisableProfile, PutAttributeMapping, DeleteAttributeMapping. A profile names the roles CreateSession may assume and bounds the session: a
// session policy and managed policies (intersected with the role's permissions) and a duration.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateProfile.html
import { db } from "@/lib/db";
import { jsonList } from "@/lib/sts/credentials";
import type { Caller } from "@/lib/authz/caller";
import type { RaProfile } from "@/generated/prisma/client";
import { authorizeAccountAction } from "./authorized";
import { raResource, type RaList } from "./resource";
import { checkCertificateField, checkSpecifiers, mappingsOf, withoutRules, withRules } from "./attribute-mappings";
import type { AttributeMapping } from "./certificates";
import {
  checkId,
  checkLength,
  checkName,
  checkPattern,
  checkTags,
  invalid,
  newRaId,
  raArn,
  requestTagContext,
  required,
  validation,
  writeTags,
  type ListInput,
  type RaTagInput,
} from "./common";
import { serverNow } from "@/lib/server-now";

/** The model's ProfileDetail (acceptRoleSessionName from the 2024 API). */
export interface ProfileDetail {
  profileId: string;
  profileArn: string;
  name: string;
  enabled: boolean;
  roleArns: string[];
  managedPolicyArns: string[];
  sessionPolicy?: string;
  durationSeconds: number;
  requireInstanceProperties: boolean;
  acceptRoleSessionName: boolean;
  /** The certificate attributes mapped to session tags (the 2024 API; CreateSession applies them). */
  attributeMappings: AttributeMapping[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}


export function toProfileDetail(row: RaProfile): ProfileDetail {
  return {
    profileId: row.id,
    profileArn: row.arn,
    name: row.name,
    enabled: row.enabled,
    roleArns: jsonList<string>(row.roleArns),
    managedPolicyArns: jsonList<string>(row.managedPolicyArns),
    ...(row.sessionPolicy !== null ? { sessionPolicy: row.sessionPolicy } : {}),
    durationSeconds: row.durationSeconds,
    requireInstanceProperties: row.requireInstanceProperties,
    acceptRoleSessionName: row.acceptRoleSessionName,
    attributeMappings: mappingsOf(row.attributeMappings),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const ROLE_ARN_PATTERN = "^arn:aws(-[^:]+)?:iam(:.*){2}(:role.*)$";
const LIST_MAX = 50;

function checkRoleArns(arns: string[]): void {
  if (arns.length > LIST_MAX) throw invalid("roleArns", `[${arns.join(", ")}]`, `Member must have length less than or equal to ${LIST_MAX}`);
  arns.forEach((arn, i) => {
    checkLength(`roleArns.${i + 1}.member`, arn, 1, 1011);
    checkPattern(`roleArns.${i + 1}.member`, arn, ROLE_ARN_PATTERN);
  });
}

function checkManagedPolicyArns(arns: string[]): void {
  if (arns.length > LIST_MAX) throw invalid("managedPolicyArns", `[${arns.join(", ")}]`, `Member must have length less than or equal to ${LIST_MAX}`);
  arns.forEach((arn, i) => checkLength(`managedPolicyArns.${i + 1}.member`, arn, 1, 200));
}

function checkDuration(seconds: number | undefined): void {
  if (seconds === undefined) return;
  if (!Number.isInteger(seconds) || seconds < 900) throw invalid("durationSeconds", String(seconds), "Member must have value greater than or equal to 900");
  if (seconds > 43200) throw invalid("durationSeconds", String(seconds), "Member must have value less than or equal to 43200");
}

/** A session policy must be a JSON policy document [INF wording]. */
function checkSessionPolicy(policy: string | undefined): void {
  if (policy === undefined) return;
  checkLength("sessionPolicy", policy, 1, 100000);
  let doc: unknown;
  try {
    doc = JSON.parse(policy);
  } catch {
    throw validation("Invalid session policy: the policy is not valid JSON.");
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc) || !("Statement" in doc)) throw validation("Invalid session policy: the policy must be a JSON policy document with a Statement.");
}

const profiles = raResource({ model: () => db.raProfile, type: "profile", idField: "profileId", listKey: "profiles", toDetail: toProfileDetail });
const authorizedProfile = profiles.authorized;

export interface CreateProfileInput {
  name: string;
  roleArns: string[];
  managedPolicyArns?: string[];
  sessionPolicy?: string;
  durationSeconds?: number;
  enabled?: boolean;
  requireInstanceProperties?: boolean;
  acceptRoleSessionName?: boolean;
  tags?: RaTagInput[];
}

/** CreateProfile. `enabled` defaults to false, as the API's [INF]; durationSeconds to 3600 (AWS). */
export async function createProfile(caller: Caller, input: CreateProfileInput): Promise<ProfileDetail> {
  required("name", input.name);
  required("roleArns", input.roleArns);
  checkName("name", input.name);
  checkRoleArns(input.roleArns);
  checkManagedPolicyArns(input.managedPolicyArns ?? []);
  checkDuration(input.durationSeconds);
  const tags = input.tags ?? [];
  checkTags(tags);
  await authorizeAccountAction(caller, "rolesanywhere:CreateProfile", tags.length ? { context: requestTagContext(tags) } : {});
  checkSessionPolicy(input.sessionPolicy);
  const id = newRaId();
  const arn = raArn(caller.accountId, "profile", id);
  const row = await db.$transaction(async (tx) => {
    const now = serverNow();
    const created = await tx.raProfile.create({
      data: {
        id,
        accountId: caller.accountId,
        arn,
        name: input.name,
        enabled: input.enabled ?? false,
        roleArns: JSON.stringify(input.roleArns),
        managedPolicyArns: JSON.stringify(input.managedPolicyArns ?? []),
        sessionPolicy: input.sessionPolicy ?? null,
        durationSeconds: input.durationSeconds ?? 3600,
        requireInstanceProperties: input.requireInstanceProperties ?? false,
        acceptRoleSessionName: input.acceptRoleSessionName ?? false,
        createdBy: caller.arn,
        createdAt: now,
        updatedAt: now,
      },
    });
    await writeTags(tx, caller.accountId, arn, tags);
    return created;
  });
  return toProfileDetail(row);
}

export type ProfileList = RaList<"profiles", ProfileDetail>;

export const listProfiles = (caller: Caller, input: ListInput = {}): Promise<ProfileList> => profiles.list(caller, "rolesanywhere:ListProfiles", input);
export const getProfile = (caller: Caller, profileId: string) => profiles.get(caller, "rolesanywhere:GetProfile", profileId);

export interface UpdateProfileInput {
  profileId: string;
  name?: string;
  roleArns?: string[];
  managedPolicyArns?: string[];
  sessionPolicy?: string;
  durationSeconds?: number;
  acceptRoleSessionName?: boolean;
}

/** UpdateProfile: only the members given change. */
export async function updateProfile(caller: Caller, input: UpdateProfileInput): Promise<ProfileDetail> {
  checkId("profileId", input.profileId);
  if (input.name !== undefined) checkName("name", input.name);
  if (input.roleArns !== undefined) checkRoleArns(input.roleArns);
  if (input.managedPolicyArns !== undefined) checkManagedPolicyArns(input.managedPolicyArns);
  checkDuration(input.durationSeconds);
  const row = await authorizedProfile(caller, "rolesanywhere:UpdateProfile", input.profileId);
  checkSessionPolicy(input.sessionPolicy);
  const updated = await db.raProfile.update({
    where: { id: row.id },
    data: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.roleArns !== undefined ? { roleArns: JSON.stringify(input.roleArns) } : {}),
      ...(input.managedPolicyArns !== undefined ? { managedPolicyArns: JSON.stringify(input.managedPolicyArns) } : {}),
      ...(input.sessionPolicy !== undefined ? { sessionPolicy: input.sessionPolicy } : {}),
      ...(input.durationSeconds !== undefined ? { durationSeconds: input.durationSeconds } : {}),
      ...(input.acceptRoleSessionName !== undefined ? { acceptRoleSessionName: input.acceptRoleSessionName } : {}),
      updatedAt: serverNow(),
    },
  });
  return toProfileDetail(updated);
}

export const deleteProfile = (caller: Caller, profileId: string) => profiles.remove(caller, "rolesanywhere:DeleteProfile", profileId);
export const enableProfile = (caller: Caller, id: string) => profiles.setEnabled(caller, "rolesanywhere:EnableProfile", id, true);
export const disableProfile = (caller: Caller, id: string) => profiles.setEnabled(caller, "rolesanywhere:DisableProfile", id, false);

/** PutAttributeMapping: adds the rules' specifiers to the field's mapping. */
export async function putAttributeMapping(caller: Caller, input: { profileId: string; certificateField?: string; mappingRules?: { specifier: string }[] }): Promise<ProfileDetail> {
  checkId("profileId", input.profileId);
  const field = checkCertificateField(input.certificateField);
  required("mappingRules", input.mappingRules);
  const specifiers = input.mappingRules!.map((r) => r.specifier);
  specifiers.forEach((s, i) => required(`mappingRules.${i + 1}.member.specifier`, s));
  checkSpecifiers("mappingRules", specifiers);
  const row = await authorizedProfile(caller, "rolesanywhere:PutAttributeMapping", input.profileId);
  const next = withRules(mappingsOf(row.attributeMappings), field, specifiers);
  return toProfileDetail(await db.raProfile.update({ where: { id: row.id }, data: { attributeMappings: JSON.stringify(next), updatedAt: serverNow() } }));
}

/** DeleteAttributeMapping: removes the specifiers from the field's mapping, or the whole field given none. */
export async function deleteAttributeMapping(caller: Caller, input: { profileId: string; certificateField?: string; specifiers?: string[] }): Promise<ProfileDetail> {
  checkId("profileId", input.profileId);
  const field = checkCertificateField(input.certificateField);
  checkSpecifiers("specifiers", input.specifiers ?? []);
  const row = await authorizedProfile(caller, "rolesanywhere:DeleteAttributeMapping", input.profileId);
  const next = withoutRules(mappingsOf(row.attributeMappings), field, input.specifiers);
  return toProfileDetail(await db.raProfile.update({ where: { id: row.id }, data: { attributeMappings: JSON.stringify(next), updatedAt: serverNow() } }));
}

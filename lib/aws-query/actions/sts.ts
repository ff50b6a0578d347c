// STS Query actions: wire parameters (with the model's constraints, reported as Coral
// ValidationErrors) → lib/sts domain calls → result objects the XML layer renders.
import type { Caller } from "@/lib/authz/caller";
import { refuseByFixedRule } from "@/lib/authz/authorize";
import { AwsError } from "@/lib/errors";
import { ParamReader, memberList, stringList, type CallMeta, type QueryAction, type QueryParams, type UnsignedAction } from "@/lib/aws-query";
import { assumeRole } from "@/lib/sts/assume-role";
import { assumeRoleWithWebIdentity } from "@/lib/sts/assume-role-web-identity";
import { assumeRoleWithSAML } from "@/lib/sts/assume-role-saml";
import type { SessionTag } from "@/lib/sts/credentials";
import { getCallerIdentity, getSessionToken } from "@/lib/sts/identity";
import { getAccessKeyInfo } from "@/lib/sts/access-key-info";
import { getFederationToken } from "@/lib/sts/federation-token";
import { decodeAuthorizationMessage } from "@/lib/sts/decode-authorization-message";
import { ENCODED_MESSAGE_MAX } from "@/lib/authz/encoded-message";
import { assumeRoot } from "@/lib/sts/assume-root";
import { getDelegatedAccessToken } from "@/lib/sts/delegated-access-token";
import { SESSION_POLICY_MAX } from "@/lib/sts/session-inputs";
import { parseStsArn } from "@/lib/aws/arn";
import { ARN_LENGTH } from "./arn-params";
import { SESSION_NAME_PATTERN } from "@/lib/iam/name-rules";

const SESSION_NAME = SESSION_NAME_PATTERN;
const TAG_CHARS = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+";
const TAG_VALUE_CHARS = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";
const MAX_TAGS = 50;
const MAX_POLICY_ARNS = 10;

function listLength(r: ParamReader, path: string, list: unknown[], max: number): void {
  if (list.length > max) r.add(path, `[${list.join(", ")}]`, `Member must have length less than or equal to ${max}`);
}

export function readTags(r: ParamReader, params: QueryParams): SessionTag[] {
  const raw = memberList(params, "Tags", ["Key", "Value"] as const);
  raw.forEach((t, i) => {
    r.checkString(`tags.${i + 1}.member.key`, t.Key, { required: true, min: 1, max: 128, pattern: TAG_CHARS });
    r.checkString(`tags.${i + 1}.member.value`, t.Value, { required: true, min: 0, max: 256, pattern: TAG_VALUE_CHARS });
  });
  listLength(r, "tags", raw.map((t) => `${t.Key}=${t.Value}`), MAX_TAGS);
  return raw.map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }));
}

function readSerialAndCode(r: ParamReader) {
  const serialNumber = r.string("SerialNumber", { min: 9, max: 256, pattern: "[\\w+=/:,.@-]*" });
  const tokenCode = r.string("TokenCode", { min: 6, max: 6, pattern: "[\\d]*" });
  return { serialNumber, tokenCode };
}

/**
 * The parameters every AssumeRole* call shares (role, session name, session policies, duration), in
 * the model's member order, which is the order AWS lists the violations in. `Policy` is at most
 * 2,048 characters for every AssumeRole* call: longer is a ValidationError (400), not LimitExceeded
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html#API_AssumeRole_RequestParameters).
 */
function readRoleSessionParams(r: ParamReader, params: QueryParams) {
  const roleArn = r.string("RoleArn", { required: true, ...ARN_LENGTH }) as string;
  const roleSessionName = r.string("RoleSessionName", { required: true, min: 2, max: 64, pattern: SESSION_NAME }) as string;
  const policyArns = readPolicyArns(r, params, [roleArn]);
  const policy = readPolicy(r);
  const durationSeconds = r.int("DurationSeconds", { min: 900, max: 43200 });
  return { roleArn, roleSessionName, policyArns, policy, durationSeconds };
}

/** Session policy ARNs; `arns` (other ARN parameters) are parsed with them once the model holds. */
function readPolicyArns(r: ParamReader, params: QueryParams, arns: string[] = []): string[] {
  const policyArnList = memberList(params, "PolicyArns", ["arn"] as const);
  policyArnList.forEach((p, i) => r.checkString(`policyArns.${i + 1}.member.arn`, p.arn, { required: true, ...ARN_LENGTH }));
  // Once the model holds: every ARN must parse (lib/aws/arn.ts), before anything is authorized.
  r.afterModel(() => [...arns, ...policyArnList.map((p) => p.arn as string)].forEach(parseStsArn));
  listLength(r, "policyArns", policyArnList.map((p) => p.arn), MAX_POLICY_ARNS);
  return policyArnList.map((p) => p.arn as string);
}

function readPolicy(r: ParamReader): string | undefined {
  return r.string("Policy", { min: 1, max: SESSION_POLICY_MAX, pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+" });
}

const ROLE_ACCOUNT = /^arn:[^:]+:iam::(\d{12}):role\//;

/** The role's account sees the call too when it is not the caller's (CloudTrail's cross-account pair). */
function noteRoleAccount(meta: CallMeta, roleArn: string | undefined): void {
  const account = roleArn ? ROLE_ACCOUNT.exec(roleArn)?.[1] : undefined;
  if (account) meta.note?.({ resourceAccountId: account });
}

export const assumeRoleAction: QueryAction<Caller> = async (params, caller, meta) => {
  const r = new ParamReader(params);
  const { roleArn, roleSessionName, policyArns, policy, durationSeconds } = readRoleSessionParams(r, params);
  noteRoleAccount(meta, roleArn);
  const tags = readTags(r, params);
  const transitiveTagKeys = stringList(params, "TransitiveTagKeys");
  transitiveTagKeys.forEach((k, i) => r.checkString(`transitiveTagKeys.${i + 1}.member`, k, { min: 1, max: 128, pattern: TAG_CHARS }));
  listLength(r, "transitiveTagKeys", transitiveTagKeys, MAX_TAGS);
  const externalId = r.string("ExternalId", { min: 2, max: 1224, pattern: "[\\w+=,.@:\\/-]*" });
  const { serialNumber, tokenCode } = readSerialAndCode(r);
  const sourceIdentity = r.string("SourceIdentity", { min: 2, max: 64, pattern: SESSION_NAME });
  r.finish();
  if (sourceIdentity?.toLowerCase().startsWith("aws:")) {
    throw new AwsError("ValidationError", "Source identity cannot begin with reserved prefix 'aws:'.");
  }
  return assumeRole(caller, {
    roleArn,
    roleSessionName,
    durationSeconds,
    policy,
    policyArns,
    tags,
    transitiveTagKeys,
    externalId,
    serialNumber,
    tokenCode,
    sourceIdentity,
    region: meta.auth.region,
    now: meta.receivedAt,
  });
};

export const getCallerIdentityAction: QueryAction<Caller> = async (_params, caller) => getCallerIdentity(caller);

export const getSessionTokenAction: QueryAction<Caller> = async (params, caller, meta) => {
  const r = new ParamReader(params);
  const durationSeconds = r.int("DurationSeconds", { min: 900, max: 129600 });
  const { serialNumber, tokenCode } = readSerialAndCode(r);
  r.finish();
  return getSessionToken(caller, { durationSeconds, serialNumber, tokenCode, now: meta.receivedAt });
};

/** Any caller may ask, but not with GetFederationToken or GetSessionToken credentials (fixed rules). */
export const getAccessKeyInfoAction: QueryAction<Caller> = async (params, caller) => {
  const r = new ParamReader(params);
  const accessKeyId = r.string("AccessKeyId", { required: true, min: 16, max: 128, pattern: "[\\w]*" }) as string;
  r.finish();
  refuseByFixedRule(caller, "sts:GetAccessKeyInfo", "*");
  return getAccessKeyInfo(accessKeyId, caller.accountId);
};

/** GetFederationToken's model order: Name, Policy, PolicyArns, DurationSeconds, Tags. */
export const getFederationTokenAction: QueryAction<Caller> = async (params, caller, meta) => {
  const r = new ParamReader(params);
  const name = r.string("Name", { required: true, min: 2, max: 32, pattern: SESSION_NAME }) as string;
  const policy = readPolicy(r);
  const policyArns = readPolicyArns(r, params);
  const durationSeconds = r.int("DurationSeconds", { min: 900, max: 129600 });
  const tags = readTags(r, params);
  r.finish();
  return getFederationToken(caller, { name, policy, policyArns, durationSeconds, tags, now: meta.receivedAt });
};

export const decodeAuthorizationMessageAction: QueryAction<Caller> = async (params, caller, meta) => {
  const r = new ParamReader(params);
  const encoded = r.string("EncodedMessage", { required: true, min: 1, max: ENCODED_MESSAGE_MAX }) as string;
  r.finish();
  return decodeAuthorizationMessage(caller, encoded, meta.receivedAt);
};

/** AssumeRoot's model order: TargetPrincipal, TaskPolicyArn (a PolicyDescriptorType), DurationSeconds. */
export const assumeRootAction: QueryAction<Caller> = async (params, caller, meta) => {
  const r = new ParamReader(params);
  const targetPrincipal = r.string("TargetPrincipal", { required: true, min: 12, max: 2048 }) as string;
  // The structure is required; its one member is not, so an empty structure is refused as absent [INF].
  const taskPolicyArn = r.string("TaskPolicyArn.arn", ARN_LENGTH);
  if (taskPolicyArn === undefined) r.add("taskPolicyArn", null, "Member must not be null");
  else r.afterModel(() => parseStsArn(taskPolicyArn));
  const durationSeconds = r.int("DurationSeconds", { min: 0, max: 900 });
  r.finish();
  return assumeRoot(caller, { targetPrincipal, taskPolicyArn: taskPolicyArn as string, durationSeconds, now: meta.receivedAt });
};

/** Unsigned (spec §1.3): the token is the credential; no Tags or SourceIdentity, those come from claims. */
export const assumeRoleWithWebIdentityAction: UnsignedAction = async (params, meta) => {
  const r = new ParamReader(params);
  const session = readRoleSessionParams(r, params);
  noteRoleAccount(meta, session.roleArn);
  const webIdentityToken = r.string("WebIdentityToken", { required: true, min: 4, max: 20000 }) as string;
  const providerId = r.string("ProviderId", { min: 4, max: 2048 });
  r.finish();
  return assumeRoleWithWebIdentity({
    ...session,
    webIdentityToken,
    providerId,
    region: meta.auth.region,
    sourceIp: meta.sourceIp,
    userAgent: meta.userAgent,
    now: meta.receivedAt,
    attribute: meta.attribute,
    noteActor: (actor) => meta.note?.({ actor }),
  });
};

/**
 * Unsigned like web identity: the signed SAML response is the credential. The model's order is
 * RoleArn, PrincipalArn, SAMLAssertion, PolicyArns, Policy, DurationSeconds; the session name,
 * tags and source identity come from the assertion's attributes
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html).
 */
export const assumeRoleWithSAMLAction: UnsignedAction = async (params, meta) => {
  const r = new ParamReader(params);
  const roleArn = r.string("RoleArn", { required: true, ...ARN_LENGTH }) as string;
  const principalArn = r.string("PrincipalArn", { required: true, ...ARN_LENGTH }) as string;
  noteRoleAccount(meta, roleArn);
  const samlAssertion = r.string("SAMLAssertion", { required: true, min: 4, max: 100000 }) as string;
  const policyArns = readPolicyArns(r, params, [roleArn, principalArn]);
  const policy = readPolicy(r);
  const durationSeconds = r.int("DurationSeconds", { min: 900, max: 43200 });
  r.finish();
  return assumeRoleWithSAML({
    roleArn,
    principalArn,
    samlAssertion,
    policyArns,
    policy,
    durationSeconds,
    region: meta.auth.region,
    sourceIp: meta.sourceIp,
    userAgent: meta.userAgent,
    now: meta.receivedAt,
    attribute: meta.attribute,
    noteActor: (actor) => meta.note?.({ actor }),
  });
};

export const stsUnsignedActions: Record<string, UnsignedAction> = {
  AssumeRoleWithSAML: assumeRoleWithSAMLAction,
  AssumeRoleWithWebIdentity: assumeRoleWithWebIdentityAction,
};

export const stsActions: Record<string, QueryAction<Caller>> = {
  AssumeRole: assumeRoleAction,
  AssumeRoot: assumeRootAction,
  DecodeAuthorizationMessage: decodeAuthorizationMessageAction,
  GetAccessKeyInfo: getAccessKeyInfoAction,
  GetCallerIdentity: getCallerIdentityAction,
  GetFederationToken: getFederationTokenAction,
  // The exchange token of a finalized delegation request (lib/iam/delegation-requests). [INF] length.
  async GetDelegatedAccessToken(params, caller, meta) {
    const r = new ParamReader(params);
    const token = r.string("TradeInToken", { required: true, min: 1, max: 4096 }) as string;
    r.finish();
    return getDelegatedAccessToken(caller, token, meta.receivedAt);
  },
  GetSessionToken: getSessionTokenAction,
};

// IAM Query actions for temporary delegation (delegation requests and their summaries), role templates
// and account properties. Constraints are the IAM API reference's; the rules live in
// lib/iam/delegation-requests, lib/iam/role-templates and lib/iam/account-properties.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateDelegationRequest.html
import type { Caller } from "@/lib/authz/caller";
import { ParamReader, encodePolicyDocument, mapEntries, memberList, stringList, type QueryAction, type QueryParams } from "@/lib/aws-query";
import * as accountProperties from "@/lib/iam/account-properties";
import * as delegation from "@/lib/iam/delegation-requests";
import * as roleTemplates from "@/lib/iam/role-templates";
import type { PolicyParameter } from "@/lib/iam/delegation-requests";
import { ARN_KINDS } from "@/lib/aws/arn";
import { readArn } from "./arn-params";
import { paging, pageInput, readParams, wireRole } from "./iam-roles";

const TEXT = "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*";
/** DelegationRequestId: "Length Constraints: Minimum length of 16. Maximum length of 128. Pattern: [\w-]+". */
const REQUEST_ID = { required: true, min: 16, max: 128, pattern: "[\\w-]+" };
const NOTES = { max: 500, pattern: TEXT };
/** DelegationPermission: "Parameters … Maximum number of 50 items"; PolicyTemplateArn 20–2048. */
const MAX_PARAMETERS = 50;

function readPermissions(r: ParamReader, params: QueryParams): { policyTemplateArn?: string; parameters: PolicyParameter[] } {
  const policyTemplateArn = readArn(r, "Permissions.PolicyTemplateArn", ARN_KINDS.delegationPolicyTemplate);
  const raw = memberList(params, "Permissions.Parameters", ["Name", "Type"] as const);
  if (raw.length > MAX_PARAMETERS) r.add("permissions.parameters", `[${raw.length} items]`, `Member must have length less than or equal to ${MAX_PARAMETERS}`);
  const parameters = raw.map((p, i) => {
    const n = i + 1;
    // [INF] Name and Type are optional in the model; the service needs both to render the template.
    r.checkString(`permissions.parameters.${n}.member.name`, p.Name, { required: true, min: 1, max: 256 });
    if (p.Type !== undefined && p.Type !== "string" && p.Type !== "stringList") {
      r.add(`permissions.parameters.${n}.member.type`, p.Type, "Member must satisfy enum value set: [string, stringList]");
    }
    const values = stringList(params, `Permissions.Parameters.member.${n}.Values`);
    return { Name: p.Name ?? "", Values: values, Type: (p.Type ?? "string") as PolicyParameter["Type"] };
  });
  return { policyTemplateArn, parameters };
}

/** AcquireRole's ReplacementValues: `ReplacementValues.entry.N.key` and `….value.Values.member.M` ("Maximum number of 30 items"). */
function readReplacementValues(r: ParamReader, params: QueryParams): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const prefix = "ReplacementValues.entry.";
  const indexes = new Set<string>();
  for (const name of params.keys()) if (name.startsWith(prefix)) indexes.add(name.slice(prefix.length).split(".")[0]);
  for (const n of [...indexes].sort((a, b) => Number(a) - Number(b))) {
    const key = params.get(`${prefix}${n}.key`);
    r.checkString(`replacementValues.${n}.key`, key, { required: true, min: 1, max: 256 }); // [INF] key length
    const values = stringList(params, `${prefix}${n}.value.Values`);
    if (key !== undefined && !out.has(key)) out.set(key, values);
  }
  if (out.size > 30) r.add("replacementValues", `{${out.size} entries}`, "Member must have length less than or equal to 30");
  return out;
}

/** PutAccountProperties' map: "Key … 1–50, ^[A-Za-z][A-Za-z0-9/_-]*$; Value … 1–1024". */
function readProperties(r: ParamReader, params: QueryParams): Map<string, string> {
  const props = mapEntries(params, "Properties");
  if (props.size === 0) r.add("properties", null, "Member must not be null");
  let i = 0;
  for (const [key, value] of props) {
    i++;
    r.checkString(`properties.${i}.key`, key, { min: 1, max: 50, pattern: "^[A-Za-z][A-Za-z0-9/_-]*$" });
    r.checkString(`properties.${i}.value`, value, { min: 1, max: 1024 });
  }
  return props;
}

export const iamDelegationActions: Record<string, QueryAction<Caller>> = {
  async CreateDelegationRequest(params, caller, meta) {
    const r = new ParamReader(params);
    const ownerAccountId = r.string("OwnerAccountId", { pattern: "\\d{12}" });
    const description = r.string("Description", { required: true, max: 1000, pattern: TEXT }) as string;
    const permissions = readPermissions(r, params);
    if (!params.has("Permissions.PolicyTemplateArn") && permissions.parameters.length === 0) r.add("permissions", null, "Member must not be null");
    const requestMessage = r.string("RequestMessage", { max: 4096, pattern: TEXT }); // [INF] length
    const requestorWorkflowId = r.string("RequestorWorkflowId", { required: true, min: 1, max: 128 }) as string; // [INF] length
    const redirectUrl = r.string("RedirectUrl", { min: 1, max: 2048 }); // [INF] length
    const notificationChannel = r.string("NotificationChannel", { required: true, min: 2, max: 400, pattern: "^[a-zA-Z0-9:_.-]+$" }) as string;
    const sessionDuration = r.int("SessionDuration", { required: true }) as number;
    const onlySendByOwner = r.bool("OnlySendByOwner");
    r.finish();
    return delegation.createDelegationRequest(caller, {
      ownerAccountId,
      description,
      ...permissions,
      requestMessage,
      requestorWorkflowId,
      redirectUrl,
      notificationChannel,
      sessionDuration,
      onlySendByOwner,
      now: meta.receivedAt,
    });
  },
  async GetDelegationRequest(params, caller, meta) {
    const p = readParams(params, { DelegationRequestId: REQUEST_ID, DelegationPermissionCheck: { bool: true } });
    return delegation.getDelegationRequest(caller, p.DelegationRequestId as string, { permissionCheck: p.DelegationPermissionCheck === true, now: meta.receivedAt });
  },
  async ListDelegationRequests(params, caller, meta) {
    const p = readParams(params, { OwnerId: { min: 20, max: 2048 }, ...paging });
    return delegation.listDelegationRequests(caller, { ownerId: p.OwnerId as string | undefined, ...pageInput(p), now: meta.receivedAt });
  },
  async AssociateDelegationRequest(params, caller, meta) {
    const p = readParams(params, { DelegationRequestId: REQUEST_ID });
    await delegation.associateDelegationRequest(caller, p.DelegationRequestId as string, meta.receivedAt);
    return null;
  },
  async UpdateDelegationRequest(params, caller, meta) {
    const p = readParams(params, { DelegationRequestId: REQUEST_ID, Notes: NOTES });
    await delegation.updateDelegationRequest(caller, p.DelegationRequestId as string, p.Notes as string | undefined, meta.receivedAt);
    return null;
  },
  async AcceptDelegationRequest(params, caller, meta) {
    const p = readParams(params, { DelegationRequestId: REQUEST_ID });
    await delegation.acceptDelegationRequest(caller, p.DelegationRequestId as string, meta.receivedAt);
    return null;
  },
  async RejectDelegationRequest(params, caller, meta) {
    const p = readParams(params, { DelegationRequestId: REQUEST_ID, Notes: NOTES });
    await delegation.rejectDelegationRequest(caller, p.DelegationRequestId as string, p.Notes as string | undefined, meta.receivedAt);
    return null;
  },
  async SendDelegationToken(params, caller, meta) {
    const p = readParams(params, { DelegationRequestId: REQUEST_ID });
    await delegation.sendDelegationToken(caller, p.DelegationRequestId as string, meta.receivedAt);
    return null;
  },
  async GetHumanReadableSummary(params, caller) {
    const r = new ParamReader(params);
    const entityArn = readArn(r, "EntityArn", ARN_KINDS.anyIamEntity, { required: true }) as string;
    const locale = r.string("Locale", { min: 2, max: 10 }); // [INF] Locale length
    r.finish();
    return delegation.getHumanReadableSummary(caller, entityArn, locale);
  },
  async GetRoleTemplateVersion(params, caller) {
    const p = readParams(params, { TemplateArn: { required: true, min: 20, max: 2048 }, MinorVersion: { int: { min: 0 } } });
    const out = await roleTemplates.getRoleTemplateVersion(caller, p.TemplateArn as string, p.MinorVersion as number | undefined);
    const v = out.RoleTemplateVersion;
    // IAM URL-encodes every policy document it returns [INF: templates included].
    return {
      RoleTemplateVersion: {
        ...v,
        AssumeRolePolicyDocumentTemplate: v.AssumeRolePolicyDocumentTemplate && encodePolicyDocument(v.AssumeRolePolicyDocumentTemplate),
        InlinePolicyTemplates: v.InlinePolicyTemplates?.map((t) => ({ PolicyName: t.PolicyName, PolicyDocument: encodePolicyDocument(t.PolicyDocument) })),
      },
    };
  },
  async AcquireRole(params, caller) {
    const r = new ParamReader(params);
    const templateArn = r.string("TemplateArn", { required: true, min: 20, max: 2048 }) as string;
    const minorVersion = r.int("TemplateMinorVersion", { min: 0 });
    const replacementValues = readReplacementValues(r, params);
    r.finish();
    const out = await roleTemplates.acquireRole(caller, { templateArn, minorVersion, replacementValues });
    return { Role: { ...wireRole(out.Role), SourceRoleTemplate: out.Role.SourceRoleTemplate } };
  },
  async GetAccountProperties(_params, caller) {
    return accountProperties.getAccountProperties(caller);
  },
  async PutAccountProperties(params, caller) {
    const r = new ParamReader(params);
    const props = readProperties(r, params);
    r.finish();
    await accountProperties.putAccountProperties(caller, props);
    return null;
  },
};

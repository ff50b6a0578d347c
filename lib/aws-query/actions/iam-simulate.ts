// IAM Query actions for the policy simulator and GetAccountAuthorizationDetails.
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { ParamReader, encodePolicyDocument, stringList, type QueryAction, type QueryParams } from "@/lib/aws-query";
import { simulateCustomPolicy, simulatePrincipalPolicy, type ContextEntry, type SimulateInput } from "@/lib/iam/simulate/simulate";
import { ARN_KINDS } from "@/lib/aws/arn";
import { readArn } from "./arn-params";
import { ENTITY_FILTERS, getAccountAuthorizationDetails, type EntityFilter } from "@/lib/iam/account/authorization-details";

const CONTEXT_TYPES = new Set([
  "string", "stringList", "numeric", "numericList", "boolean", "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList",
]);

function contextEntries(r: ParamReader, params: QueryParams): ContextEntry[] {
  const out: ContextEntry[] = [];
  for (let n = 1; ; n++) {
    const prefix = `ContextEntries.member.${n}`;
    const name = params.get(`${prefix}.ContextKeyName`);
    const type = params.get(`${prefix}.ContextKeyType`);
    const values = stringList(params, `${prefix}.ContextKeyValues`);
    if (name === undefined && type === undefined && values.length === 0) break;
    r.checkString(`contextEntries.${n}.member.contextKeyName`, name, { min: 5, max: 256 });
    if (type !== undefined && !CONTEXT_TYPES.has(type)) {
      r.add(`contextEntries.${n}.member.contextKeyType`, type, `Member must satisfy enum value set: [${[...CONTEXT_TYPES].join(", ")}]`);
    }
    out.push({ ContextKeyName: name ?? "", ContextKeyValues: values, ContextKeyType: type ?? "string" });
  }
  return out;
}

function simulateInput(params: QueryParams, r: ParamReader): SimulateInput {
  const actionNames = stringList(params, "ActionNames");
  if (actionNames.length === 0) r.add("actionNames", null, "Member must not be null");
  return {
    actionNames,
    resourceArns: stringList(params, "ResourceArns"),
    resourcePolicy: r.string("ResourcePolicy", { min: 1, max: 131072 }),
    resourceOwner: r.string("ResourceOwner", { min: 1, max: 2048 }),
    callerArn: r.string("CallerArn", { min: 1, max: 2048 }),
    contextEntries: contextEntries(r, params),
    policyInputList: stringList(params, "PolicyInputList"),
    permissionsBoundaryPolicyInputList: stringList(params, "PermissionsBoundaryPolicyInputList"),
    maxItems: r.int("MaxItems", { min: 1, max: 1000 }),
    marker: r.string("Marker", { min: 1, max: 320 }),
  };
}

export const iamSimulateActions: Record<string, QueryAction<Caller>> = {
  async SimulatePrincipalPolicy(params, caller) {
    const r = new ParamReader(params);
    const policySourceArn = readArn(r, "PolicySourceArn", ARN_KINDS.principal, { required: true });
    const input = simulateInput(params, r);
    r.finish();
    return simulatePrincipalPolicy(caller, { ...input, policySourceArn: policySourceArn as string });
  },
  async SimulateCustomPolicy(params, caller) {
    const r = new ParamReader(params);
    const input = simulateInput(params, r);
    if ((input.policyInputList ?? []).length === 0) r.add("policyInputList", null, "Member must not be null");
    r.finish();
    return simulateCustomPolicy(caller, input);
  },
  async GetAccountAuthorizationDetails(params, caller) {
    const filter = stringList(params, "Filter");
    for (const f of filter) {
      if (!(ENTITY_FILTERS as readonly string[]).includes(f)) {
        throw new AwsError(
          "ValidationError",
          `1 validation error detected: Value '[${filter.join(", ")}]' at 'filter' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${ENTITY_FILTERS.join(", ")}]]`,
        );
      }
    }
    return getAccountAuthorizationDetails(caller, { filter: filter as EntityFilter[], encodeDocument: encodePolicyDocument });
  },
};

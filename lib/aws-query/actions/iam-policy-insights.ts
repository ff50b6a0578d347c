// IAM Query actions that read what a principal's policies reference or grant: the context keys a
// simulation needs (GetContextKeysFor*Policy) and the policies granting a service
// (ListPoliciesGrantingServiceAccess). Parameter reading only; the answers are lib/iam's.
import type { Caller } from "@/lib/authz/caller";
import { ParamReader, stringList, type QueryAction, type QueryParams } from "@/lib/aws-query";
import { ARN_KINDS } from "@/lib/aws/arn";
import { getContextKeysForCustomPolicy, getContextKeysForPrincipalPolicy } from "@/lib/iam/context-keys";
import { listPoliciesGrantingServiceAccess } from "@/lib/iam/policies/granting-service";
import { readArn } from "./arn-params";

/** PolicyInputList members: 1 to 131072 characters each (API reference). */
function policyInputList(r: ParamReader, params: QueryParams, required: boolean): string[] {
  const list = stringList(params, "PolicyInputList");
  if (required && list.length === 0) r.add("policyInputList", null, "Member must not be null");
  list.forEach((doc, i) => r.checkString(`policyInputList.${i + 1}.member`, doc, { min: 1, max: 131072 }));
  return list;
}

/** ServiceNamespaces: 1 to 200 namespaces, each [\w-]* of 1 to 64 characters (API reference). */
function serviceNamespaces(r: ParamReader, params: QueryParams): string[] {
  const list = stringList(params, "ServiceNamespaces");
  if (list.length === 0) r.add("serviceNamespaces", null, "Member must not be null");
  else if (list.length > 200) r.add("serviceNamespaces", `[${list.join(", ")}]`, "Member must have length less than or equal to 200");
  list.forEach((ns, i) => r.checkString(`serviceNamespaces.${i + 1}.member`, ns, { min: 1, max: 64, pattern: "[\\w-]*" }));
  return list;
}

export const iamPolicyInsightActions: Record<string, QueryAction<Caller>> = {
  async GetContextKeysForCustomPolicy(params, caller) {
    const r = new ParamReader(params);
    const list = policyInputList(r, params, true);
    r.finish();
    return getContextKeysForCustomPolicy(caller, { policyInputList: list });
  },
  async GetContextKeysForPrincipalPolicy(params, caller) {
    const r = new ParamReader(params);
    const arn = readArn(r, "PolicySourceArn", ARN_KINDS.principal, { required: true }) as string;
    const list = policyInputList(r, params, false);
    r.finish();
    return getContextKeysForPrincipalPolicy(caller, { policySourceArn: arn, policyInputList: list });
  },
  async ListPoliciesGrantingServiceAccess(params, caller) {
    const r = new ParamReader(params);
    r.string("Marker", { min: 1, max: 320 });
    const arn = readArn(r, "Arn", ARN_KINDS.principal, { required: true }) as string;
    const namespaces = serviceNamespaces(r, params);
    r.finish();
    return listPoliciesGrantingServiceAccess(caller, { arn, serviceNamespaces: namespaces });
  },
};

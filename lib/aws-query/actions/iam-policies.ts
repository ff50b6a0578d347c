// IAM Query actions for managed policies (parameter reading and result shaping only).
import type { Caller } from "@/lib/authz/caller";
import { encodePolicyDocument, stringList, type QueryAction } from "@/lib/aws-query";
import * as policies from "@/lib/iam/policies";
import { listPolicies, type PolicyScope } from "@/lib/iam/policies/list";
import { RULES, readParams, readTags } from "./iam-roles";
import type { ArnRule } from "./arn-params";

type Rule = { required?: boolean; min?: number; max?: number; pattern?: string };
const req = <T extends Rule | ArnRule>(rule: T): T => ({ ...rule, required: true });
const s = (v: string | number | boolean | undefined) => v as string;
const opt = (v: string | number | boolean | undefined) => v as string | undefined;
const num = (v: string | number | boolean | undefined) => v as number | undefined;

const VERSION_ID = { pattern: "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?" };
const paging = { Marker: RULES.marker, MaxItems: { int: { min: 1, max: 1000 } } } as const;
const enumRule = (values: string[]) => ({ pattern: values.join("|") });

export const iamPolicyActions: Record<string, QueryAction<Caller>> = {
  async CreatePolicy(params, caller) {
    const p = readParams(params, {
      PolicyName: req(RULES.longName),
      PolicyDocument: req(RULES.document),
      Path: { min: 1, max: 512, pattern: "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/" },
      Description: RULES.description,
    });
    return policies.createPolicy(caller, {
      policyName: s(p.PolicyName),
      policyDocument: s(p.PolicyDocument),
      path: opt(p.Path),
      description: opt(p.Description),
      tags: readTags(params),
    });
  },
  async GetPolicy(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn) });
    return policies.getPolicy(caller, s(p.PolicyArn));
  },
  async GetPolicyVersion(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn), VersionId: req(VERSION_ID) });
    const { PolicyVersion } = await policies.getPolicyVersion(caller, s(p.PolicyArn), s(p.VersionId));
    return { PolicyVersion: { ...PolicyVersion, Document: encodePolicyDocument(PolicyVersion.Document ?? "") } };
  },
  async ListPolicyVersions(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn), ...paging });
    return policies.listPolicyVersions(caller, s(p.PolicyArn), { marker: opt(p.Marker), maxItems: num(p.MaxItems) });
  },
  async CreatePolicyVersion(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn), PolicyDocument: req(RULES.document), SetAsDefault: { bool: true } });
    return policies.createPolicyVersion(caller, {
      policyArn: s(p.PolicyArn),
      policyDocument: s(p.PolicyDocument),
      setAsDefault: p.SetAsDefault as boolean | undefined,
    });
  },
  async SetDefaultPolicyVersion(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn), VersionId: req(VERSION_ID) });
    await policies.setDefaultPolicyVersion(caller, s(p.PolicyArn), s(p.VersionId));
    return null;
  },
  async DeletePolicyVersion(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn), VersionId: req(VERSION_ID) });
    await policies.deletePolicyVersion(caller, s(p.PolicyArn), s(p.VersionId));
    return null;
  },
  async DeletePolicy(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn) });
    await policies.deletePolicy(caller, s(p.PolicyArn));
    return null;
  },
  async ListEntitiesForPolicy(params, caller) {
    const p = readParams(params, {
      PolicyArn: req(RULES.policyArn),
      EntityFilter: enumRule(["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"]),
      PathPrefix: RULES.pathPrefix,
      PolicyUsageFilter: enumRule(["PermissionsPolicy", "PermissionsBoundary"]),
      ...paging,
    });
    return policies.listEntitiesForPolicy(caller, s(p.PolicyArn), {
      entityFilter: opt(p.EntityFilter) as policies.EntityFilter | undefined,
      pathPrefix: opt(p.PathPrefix),
      policyUsageFilter: opt(p.PolicyUsageFilter) as policies.PolicyUsageFilter | undefined,
      maxItems: num(p.MaxItems),
    });
  },
  async TagPolicy(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn) });
    await policies.tagPolicy(caller, s(p.PolicyArn), readTags(params));
    return null;
  },
  async UntagPolicy(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn) });
    await policies.untagPolicy(caller, s(p.PolicyArn), stringList(params, "TagKeys"));
    return null;
  },
  async ListPolicyTags(params, caller) {
    const p = readParams(params, { PolicyArn: req(RULES.policyArn), ...paging });
    return policies.listPolicyTags(caller, s(p.PolicyArn), { marker: opt(p.Marker), maxItems: num(p.MaxItems) });
  },
  async ListPolicies(params, caller) {
    const p = readParams(params, { Scope: enumRule(["All", "AWS", "Local"]), OnlyAttached: { bool: true }, PathPrefix: RULES.pathPrefix, ...paging });
    // [INF] PathPrefix is accepted but not applied: lib/iam/policies-list has no path filter yet.
    return listPolicies(caller, {
      scope: opt(p.Scope) as PolicyScope | undefined,
      onlyAttached: p.OnlyAttached as boolean | undefined,
      marker: opt(p.Marker),
      maxItems: num(p.MaxItems),
    });
  },
};

// IAM Query actions for AWS Organizations: centralized root access features (no parameters: the
// caller's account decides everything) and organizations access reports (lib/iam/organizations/).
import type { Caller } from "@/lib/authz/caller";
import { ParamReader, type QueryAction } from "@/lib/aws-query";
import { listOrganizationsFeatures, setOrganizationsFeature, type OrgFeature } from "@/lib/iam/organizations/root-access";
import { SORT_KEYS, generateOrganizationsAccessReport, getOrganizationsAccessReport, type SortKey } from "@/lib/iam/organizations/access-report";
import { paging, readParams } from "./iam-roles";

function featureAction(feature: OrgFeature, enabled: boolean): QueryAction<Caller> {
  return async (params, caller) => {
    new ParamReader(params).finish();
    return setOrganizationsFeature(caller, feature, enabled);
  };
}

export const iamOrganizationActions: Record<string, QueryAction<Caller>> = {
  async ListOrganizationsFeatures(params, caller) {
    new ParamReader(params).finish();
    return listOrganizationsFeatures(caller);
  },
  EnableOrganizationsRootCredentialsManagement: featureAction("RootCredentialsManagement", true),
  DisableOrganizationsRootCredentialsManagement: featureAction("RootCredentialsManagement", false),
  EnableOrganizationsRootSessions: featureAction("RootSessions", true),
  DisableOrganizationsRootSessions: featureAction("RootSessions", false),
  async GenerateOrganizationsAccessReport(params, caller) {
    const r = new ParamReader(params);
    const entityPath = r.string("EntityPath", { required: true, min: 19, max: 427, pattern: "^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*" }) as string;
    const organizationsPolicyId = r.string("OrganizationsPolicyId", { pattern: "^p-[0-9a-zA-Z_]{8,128}$" });
    r.finish();
    return generateOrganizationsAccessReport(caller, { entityPath, organizationsPolicyId });
  },
  async GetOrganizationsAccessReport(params, caller) {
    const p = readParams(params, { JobId: { required: true, min: 36, max: 36 }, ...paging });
    const sortKey = params.get("SortKey");
    if (sortKey !== undefined && !(SORT_KEYS as readonly string[]).includes(sortKey)) {
      const r = new ParamReader(params);
      r.add("sortKey", sortKey, `Member must satisfy enum value set: [${SORT_KEYS.join(", ")}]`);
      r.finish();
    }
    return getOrganizationsAccessReport(caller, {
      jobId: p.JobId as string,
      sortKey: sortKey as SortKey | undefined,
      maxItems: p.MaxItems as number | undefined,
      marker: p.Marker as string | undefined,
    });
  },
};

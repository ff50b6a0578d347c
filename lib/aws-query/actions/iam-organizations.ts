// IAM Query actions for AWS Organizations: centralized root access features. No parameters: the
// caller's account decides everything (lib/iam/organizations/).
import type { Caller } from "@/lib/authz/caller";
import { ParamReader, type QueryAction } from "@/lib/aws-query";
import { listOrganizationsFeatures, setOrganizationsFeature, type OrgFeature } from "@/lib/iam/organizations/root-access";

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
};

// The endpoint's action table: STS, and IAM merged from the per-area action files.
import type { Caller } from "@/lib/authz/caller";
import type { ActionTable, QueryHandlerOptions } from "@/lib/aws-query";
import { stsActions, stsUnsignedActions } from "./sts";
import { stsOutboundActions } from "./sts-outbound";
import { iamUserActions } from "./iam-users";
import { iamGroupActions } from "./iam-groups";
import { iamRoleActions } from "./iam-roles";
import { iamPolicyActions } from "./iam-policies";
import { iamSimulateActions } from "./iam-simulate";
import { iamProviderActions } from "./iam-providers";
import { iamLastAccessedActions } from "./iam-last-accessed";
import { iamPasswordActions } from "./iam-passwords";
import { iamAccountActions } from "./iam-account";
import { iamMfaActions } from "./iam-mfa";
import { iamPolicyInsightActions } from "./iam-policy-insights";
import { iamOutboundActions } from "./iam-outbound";
import { iamUserCredentialActions } from "./iam-user-credentials";
import { iamCertificateActions } from "./iam-certificates";
import { iamOrganizationActions } from "./iam-organizations";
import { iamDelegationActions } from "./iam-delegation";

export const awsActions: ActionTable<Caller> = {
  sts: { ...stsActions, ...stsOutboundActions },
  iam: {
    ...iamUserActions,
    ...iamGroupActions,
    ...iamRoleActions,
    ...iamPolicyActions,
    ...iamSimulateActions,
    ...iamProviderActions,
    ...iamLastAccessedActions,
    ...iamPasswordActions,
    ...iamAccountActions,
    ...iamMfaActions,
    ...iamPolicyInsightActions,
    ...iamOutboundActions,
    ...iamUserCredentialActions,
    ...iamCertificateActions,
    ...iamOrganizationActions,
    ...iamDelegationActions,
  },
};

/** Actions served without SigV4 (the web identity token or SAML assertion is the credential). */
export const awsUnsignedActions: QueryHandlerOptions<Caller>["unsignedActions"] = { sts: stsUnsignedActions };

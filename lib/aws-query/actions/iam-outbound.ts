// IAM Query actions for outbound identity federation (no parameters); the rules live in
// lib/iam/outbound-federation.
import type { Caller } from "@/lib/authz/caller";
import type { QueryAction } from "@/lib/aws-query";
import {
  disableOutboundWebIdentityFederation,
  enableOutboundWebIdentityFederation,
  getOutboundWebIdentityFederationInfo,
} from "@/lib/iam/outbound-federation/federation";
import { readParams } from "./iam-roles";

export const iamOutboundActions: Record<string, QueryAction<Caller>> = {
  async EnableOutboundWebIdentityFederation(params, caller) {
    readParams(params, {});
    return enableOutboundWebIdentityFederation(caller);
  },
  async DisableOutboundWebIdentityFederation(params, caller) {
    readParams(params, {});
    await disableOutboundWebIdentityFederation(caller);
    return null;
  },
  async GetOutboundWebIdentityFederationInfo(params, caller) {
    readParams(params, {});
    return getOutboundWebIdentityFederationInfo(caller);
  },
};

// The lab registry: every lab module, in catalog order. Hand-listed (one import and one entry per
// lab) so the Next.js bundle and vitest see the same static list; lib/labs/registry.ts validates each
// with loadLab() on first use. Adding a lab: create labs/<id>/lab.ts and add it here.
import type { LabDefinition } from "@/lib/labs/types";
import firstRoleSwitch from "./first-role-switch/lab";
import hubSpokeMfa from "./hub-spoke-mfa/lab";
import externalIdConfusedDeputy from "./external-id-confused-deputy/lab";
import ec2InstanceProfile from "./ec2-instance-profile/lab";
import githubOidc from "./github-oidc/lab";
import samlFederation from "./saml-federation/lab";
import roleChaining from "./role-chaining/lab";
import sessionDuration from "./session-duration/lab";
import permissionsBoundary from "./permissions-boundary/lab";
import revokeLeakedSessions from "./revoke-leaked-sessions/lab";
import identityVsResourcePolicy from "./identity-vs-resource-policy/lab";

export const LAB_MODULES: readonly LabDefinition[] = [
  firstRoleSwitch,
  hubSpokeMfa,
  externalIdConfusedDeputy,
  ec2InstanceProfile,
  githubOidc,
  samlFederation,
  roleChaining,
  sessionDuration,
  permissionsBoundary,
  revokeLeakedSessions,
  identityVsResourcePolicy,
];

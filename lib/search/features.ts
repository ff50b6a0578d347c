// The console's pages and features the top search finds (AWS's unified search lists a service's
// features — "Roles", "Policies", "Account settings" — beside its resources), with the words people
// type for them.
export interface Feature {
  title: string;
  href: string;
  description: string;
  keywords: string[];
}

export const FEATURES: readonly Feature[] = [
  { title: "IAM Dashboard", href: "/iam", description: "IAM feature", keywords: ["iam", "home", "identity and access management", "sign-in url"] },
  { title: "Roles", href: "/iam/roles", description: "IAM feature", keywords: ["role", "assume", "trust"] },
  { title: "Create role", href: "/iam/roles/create", description: "IAM feature", keywords: ["new role", "trusted entity", "service role"] },
  { title: "IAM users", href: "/iam/users", description: "IAM feature", keywords: ["users", "user", "access keys", "password"] },
  { title: "IAM user groups", href: "/iam/groups", description: "IAM feature", keywords: ["groups", "group", "user groups"] },
  { title: "Policies", href: "/iam/policies", description: "IAM feature", keywords: ["policy", "managed policy", "permissions"] },
  { title: "Create policy", href: "/iam/policies/create", description: "IAM feature", keywords: ["new policy", "policy editor", "json"] },
  { title: "Identity providers", href: "/iam/identity-providers", description: "IAM feature", keywords: ["saml", "oidc", "openid connect", "federation", "idp"] },
  { title: "Account settings", href: "/iam/account-settings", description: "IAM feature", keywords: ["password policy", "account alias", "sts", "regions"] },
  { title: "Access graph", href: "/iam/access-graph", description: "IAM feature", keywords: ["graph", "who can assume", "paths", "reachability"] },
  { title: "Policy simulator", href: "/policysim", description: "IAM feature", keywords: ["simulate", "simulator", "test policy"] },
  { title: "Switch role", href: "/switchrole", description: "IAM feature", keywords: ["assume role", "switch", "cross-account"] },
  { title: "IAM Roles Anywhere", href: "/rolesanywhere/home", description: "IAM feature", keywords: ["roles anywhere", "x.509", "certificate", "trust anchor"] },
  { title: "Trust anchors", href: "/rolesanywhere/trust-anchors", description: "IAM Roles Anywhere feature", keywords: ["trust anchor", "ca", "certificate authority", "x.509", "pem"] },
  { title: "Create a trust anchor", href: "/rolesanywhere/trust-anchors/create", description: "IAM Roles Anywhere feature", keywords: ["new trust anchor", "generate ca", "certificate bundle"] },
  { title: "Profiles", href: "/rolesanywhere/profiles", description: "IAM Roles Anywhere feature", keywords: ["profile", "session policy", "x.509"] },
  { title: "Subject activity", href: "/rolesanywhere/subjects", description: "IAM Roles Anywhere feature", keywords: ["subjects", "workload", "createsession", "last seen"] },
  { title: "Event history", href: "/cloudtrail/event-history", description: "CloudTrail feature", keywords: ["cloudtrail", "events", "audit", "logs", "activity"] },
];

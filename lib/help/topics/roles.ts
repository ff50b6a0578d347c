// Help topics: Roles: the list, the create-role wizard's steps, and a role's summary tabs.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "roles",
      title: "Roles",
      paragraphs: [
        "An IAM role is an identity with permissions policies that determine what it can and cannot do in AWS. Unlike a user, a role has no long-term credentials such as a password or access keys: whoever assumes it receives temporary security credentials for the role session.",
        "Each role has a trust policy that names who can assume it — an AWS service, an AWS account, a web identity or SAML 2.0 identity provider, or any principal a custom trust policy allows. The Trusted entities column shows them.",
        "Last activity shows when the role was last used to make an AWS request. Roles you no longer use are candidates for removal.",
      ],
      learnMore: [
        { label: "Create a role", topic: "create-role" },
        { label: "Trust relationships", topic: "role-trust" },
        { label: "IAM roles", href: `${UG}/id_roles.html` },
        { label: "Roles terms and concepts", href: `${UG}/id_roles_terms-and-concepts.html` },
      ],
      source: `${UG}/id_roles.html`,
    },
    {
      id: "create-role",
      title: "Select trusted entity",
      paragraphs: [
        "The trusted entity is who or what can assume the role. Choose the type that fits: an AWS service (for example EC2 or Lambda) that acts on your behalf, another AWS account, users federated through a web identity (OIDC) provider, users federated through SAML 2.0, or a custom trust policy you write in JSON.",
        "The console builds the role's trust policy from your choice. You can edit the trust policy after the role is created.",
        "Next you choose the role's permissions, then name, review and create it.",
      ],
      learnMore: [
        { label: "AWS service", topic: "create-role-service" },
        { label: "AWS account", topic: "create-role-account" },
        { label: "Web identity", topic: "create-role-web-identity" },
        { label: "SAML 2.0 federation", topic: "create-role-saml" },
        { label: "Custom trust policy", topic: "create-role-custom" },
        { label: "IAM role creation", href: `${UG}/id_roles_create.html` },
      ],
      source: `${UG}/id_roles_create.html`,
    },
    {
      id: "create-role-service",
      title: "AWS service",
      paragraphs: [
        "A service role is a role that an AWS service assumes to perform actions on your behalf. Choose the service and its use case; the trust policy then allows that service principal (for example ec2.amazonaws.com) to call sts:AssumeRole.",
        "For Amazon EC2, the console also creates an instance profile with the same name, which is how an instance receives the role's credentials.",
        "Some use cases create a service-linked role instead: a role predefined by the service, with permissions the service sets and that you cannot change.",
      ],
      learnMore: [
        { label: "Create a role to delegate permissions to an AWS service", href: `${UG}/id_roles_create_for-service.html` },
        { label: "Service-linked roles", href: `${UG}/using-service-linked-roles.html` },
      ],
      source: `${UG}/id_roles_create_for-service.html`,
    },
    {
      id: "create-role-account",
      title: "AWS account",
      paragraphs: [
        "Choose this to let principals in an AWS account — this one or another — assume the role. The trust policy names the account's root ARN, which delegates the decision to that account's administrators: they must also grant their users sts:AssumeRole on this role.",
        "Require external ID when a third party assumes the role on your behalf; it protects against the confused deputy problem. A role whose trust requires an external ID cannot be used with Switch role in the console.",
        "Require MFA adds a condition so that only sessions authenticated with multi-factor authentication can assume the role.",
      ],
      learnMore: [
        { label: "Switch role", topic: "switch-role" },
        { label: "Create a role to give permissions to an IAM user", href: `${UG}/id_roles_create_for-user.html` },
        { label: "Access to AWS accounts owned by third parties", href: `${UG}/id_roles_common-scenarios_third-party.html` },
      ],
      source: `${UG}/id_roles_create_for-user.html`,
    },
    {
      id: "create-role-web-identity",
      title: "Web identity",
      paragraphs: [
        "Choose this to let users authenticated by an OpenID Connect provider — such as Amazon Cognito, Google, Facebook, or your own OIDC provider — assume the role with sts:AssumeRoleWithWebIdentity.",
        "Select the identity provider and its audience (the client ID the tokens are issued for). The trust policy checks the token's aud claim, and you can add conditions on other claims such as sub.",
        "The provider must exist in IAM first: add it under Identity providers.",
      ],
      learnMore: [
        { label: "Identity providers", topic: "identity-providers" },
        { label: "Create a role for OpenID Connect federation", href: `${UG}/id_roles_create_for-idp_oidc.html` },
      ],
      source: `${UG}/id_roles_create_for-idp_oidc.html`,
    },
    {
      id: "create-role-saml",
      title: "SAML 2.0 federation",
      paragraphs: [
        "Choose this to let users who sign in to your corporate identity provider with SAML 2.0 assume the role with sts:AssumeRoleWithSAML.",
        "Select the SAML provider and whether users get programmatic access only, or programmatic and AWS Management Console access. The trust policy checks the SAML:aud attribute of the assertion.",
      ],
      learnMore: [
        { label: "Identity providers", topic: "identity-providers" },
        { label: "Create a role for SAML 2.0 federation", href: `${UG}/id_roles_create_for-idp_saml.html` },
      ],
      source: `${UG}/id_roles_create_for-idp_saml.html`,
    },
    {
      id: "create-role-custom",
      title: "Custom trust policy",
      paragraphs: [
        "Write the trust policy yourself when no other type fits: several principals, conditions, or actions such as sts:TagSession and sts:SetSourceIdentity.",
        "A trust policy is a resource-based policy: each statement names a Principal. Resolve the security warnings, errors and warnings that policy validation reports before you continue.",
      ],
      learnMore: [
        { label: "Trust relationships", topic: "role-trust" },
        { label: "Create a role using custom trust policies", href: `${UG}/id_roles_create_for-custom.html` },
      ],
      source: `${UG}/id_roles_create_for-custom.html`,
    },
    {
      id: "create-role-permissions",
      title: "Add permissions",
      paragraphs: [
        "Choose the managed policies to attach to the role. Policies define what actions the role can perform on which resources. You can attach up to 10 managed policies to a role; you can also add permissions after the role is created.",
        "Optionally set a permissions boundary: a managed policy that sets the maximum permissions the role's identity-based policies can grant.",
      ],
      learnMore: [
        { label: "Permissions boundary", topic: "permissions-boundary" },
        { label: "Policies", topic: "policies" },
        { label: "Managed policies and inline policies", href: `${UG}/access_policies_managed-vs-inline.html` },
      ],
      source: `${UG}/access_policies_managed-vs-inline.html`,
    },
    {
      id: "create-role-review",
      title: "Name, review, and create",
      paragraphs: [
        "Role names must be unique within the account and are not distinguished by case. Use up to 64 characters: letters, digits and +=,.@-_. You cannot rename a role after it is created.",
        "Review the trust policy and the permissions, optionally add tags, then choose Create role.",
      ],
      learnMore: [
        { label: "Tags", topic: "role-tags" },
        { label: "IAM and AWS STS quotas", href: `${UG}/reference_iam-quotas.html` },
      ],
      source: `${UG}/id_roles_create.html`,
    },
    {
      id: "role-summary",
      title: "Role summary",
      paragraphs: [
        "The summary shows the role's ARN, creation date, last activity, maximum session duration and, for roles an EC2 instance uses, its instance profile ARN.",
        "The tabs show the role's permissions policies, the trust relationships that decide who can assume it, its tags, the services it last accessed, and lets you revoke its active sessions.",
        "Choose Edit to change the description or the maximum session duration.",
      ],
      learnMore: [
        { label: "Maximum session duration", topic: "role-session-duration" },
        { label: "Trust relationships", topic: "role-trust" },
        { label: "Permissions", topic: "role-permissions" },
        { label: "IAM role management", href: `${UG}/id_roles_manage.html` },
      ],
      source: `${UG}/id_roles_manage.html`,
    },
    {
      id: "role-trust",
      title: "Trust relationships",
      paragraphs: [
        "The trust policy is the role's resource-based policy: it names the principals that can assume the role, and under which conditions.",
        "To change who can assume the role, edit the trust policy. You cannot modify the trust policy of a service-linked role.",
        "If a principal is named in the trust policy but still cannot assume the role, check its own identity-based policies and permissions boundary: in another account, they must allow sts:AssumeRole on this role too.",
      ],
      learnMore: [
        { label: "Update a role trust policy", href: `${UG}/id_roles_update-role-trust-policy.html` },
        { label: "Roles terms and concepts", href: `${UG}/id_roles_terms-and-concepts.html` },
      ],
      source: `${UG}/id_roles_update-role-trust-policy.html`,
    },
    {
      id: "role-permissions",
      title: "Permissions policies",
      paragraphs: [
        "Identity-based policies grant a user, group or role its permissions: managed policies (AWS managed or customer managed, attachable to many identities) and inline policies (embedded in one identity only).",
        "Permissions are the union of what these policies allow, minus anything explicitly denied, and limited by the permissions boundary when one is set.",
      ],
      learnMore: [
        { label: "Permissions boundary", topic: "permissions-boundary" },
        { label: "Policy simulator", topic: "policy-simulator" },
        { label: "Policy evaluation logic", href: `${UG}/reference_policies_evaluation-logic.html` },
      ],
      source: `${UG}/access_policies_managed-vs-inline.html`,
    },
    {
      id: "permissions-boundary",
      title: "Permissions boundary",
      paragraphs: [
        "A permissions boundary is a managed policy that sets the maximum permissions that identity-based policies can grant to a user or role. It grants nothing by itself.",
        "The effective permissions are the intersection of the identity-based policies and the boundary. A user or role has at most one permissions boundary.",
      ],
      learnMore: [{ label: "Permissions boundaries for IAM entities", href: `${UG}/access_policies_boundaries.html` }],
      source: `${UG}/access_policies_boundaries.html`,
    },
    {
      id: "role-session-duration",
      title: "Maximum session duration",
      paragraphs: [
        "The maximum session duration limits how long role sessions can last when the role is assumed with the console, the AWS CLI or the API. It can be from 1 hour to 12 hours; the default is 1 hour.",
        "Callers request a duration with DurationSeconds (--duration-seconds in the CLI) up to this maximum. Role chaining — assuming a role with a role's credentials — is limited to 1 hour whatever this setting is.",
        "The setting does not limit sessions assumed by AWS services.",
      ],
      learnMore: [
        { label: "Update the maximum session duration for a role", href: `${UG}/id_roles_update-role-settings.html` },
        { label: "Methods to assume a role", href: `${UG}/id_roles_manage-assume.html` },
      ],
      source: `${UG}/id_roles_update-role-settings.html`,
    },
    {
      id: "role-tags",
      title: "Tags",
      paragraphs: [
        "Tags are key–value pairs you attach to a role to organize, track or control access to it. A role can have up to 50 tags.",
        "With attribute-based access control (ABAC), policies use the aws:PrincipalTag and aws:ResourceTag condition keys to allow access when tags match.",
      ],
      learnMore: [
        { label: "Tags for IAM roles", href: `${UG}/id_tags_roles.html` },
        { label: "Attribute-based access control", href: `${UG}/introduction_attribute-based-access-control.html` },
      ],
      source: `${UG}/id_tags_roles.html`,
    },
    {
      id: "role-last-accessed",
      title: "Last accessed",
      paragraphs: [
        "Last accessed information shows which services the role's permissions allow and when the role last used each of them. Use it to remove permissions the role does not need.",
        "IAM reports activity within its tracking period; recent activity can take a few hours to appear.",
      ],
      learnMore: [{ label: "Refine permissions using last accessed information", href: `${UG}/access_policies_last-accessed.html` }],
      source: `${UG}/access_policies_last-accessed.html`,
    },
    {
      id: "role-revoke-sessions",
      title: "Revoke sessions",
      paragraphs: [
        "Revoking active sessions attaches an inline policy, AWSRevokeOlderSessions, that denies every action to sessions whose credentials were issued before now.",
        "Sessions created after the revocation are not affected. Whoever lost access can assume the role again to get new credentials, if the trust policy still allows it.",
      ],
      learnMore: [{ label: "Revoke IAM role temporary security credentials", href: `${UG}/id_roles_use_revoke-sessions.html` }],
      source: `${UG}/id_roles_use_revoke-sessions.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/iam\/roles\/create/, "create-role"],
    [/^\/iam\/roles\/[^/]+\/edit-trust-policy/, "role-trust"],
    [/^\/iam\/roles\/[^/]+\/(attach-policies|create-inline-policy|inline-policies)/, "role-permissions"],
    [/^\/iam\/roles\/[^/]+/, "role-summary"],
    [/^\/iam\/roles\/?$/, "roles"],
  ],
};

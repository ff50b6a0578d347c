// The typed query-key factory: every react-query key in the app comes from here (never inline strings),
// so invalidation after a mutation can target exactly what changed.
export const queryKeys = {
  users: {
    all: ["users"] as const,
    list: () => [...queryKeys.users.all, "list"] as const,
    detail: (name: string) => [...queryKeys.users.all, "detail", name] as const,
    loginProfile: (name: string) => [...queryKeys.users.detail(name), "login-profile"] as const,
    policies: (name: string) => [...queryKeys.users.detail(name), "policies"] as const,
    tags: (name: string) => [...queryKeys.users.detail(name), "tags"] as const,
    inlinePolicies: (name: string) => [...queryKeys.users.detail(name), "inline-policies"] as const,
    groups: (name: string) => [...queryKeys.users.detail(name), "groups"] as const,
    mfa: (name: string) => [...queryKeys.users.detail(name), "mfa"] as const,
    accessKeys: (name: string) => [...queryKeys.users.detail(name), "access-keys"] as const,
    signingCertificates: (name: string) => [...queryKeys.users.detail(name), "signing-certificates"] as const,
    sshPublicKeys: (name: string) => [...queryKeys.users.detail(name), "ssh-public-keys"] as const,
    sshPublicKey: (name: string, id: string) => [...queryKeys.users.sshPublicKeys(name), id] as const,
    serviceCredentials: (name: string) => [...queryKeys.users.detail(name), "service-credentials"] as const,
  },
  groups: {
    all: ["groups"] as const,
    list: () => [...queryKeys.groups.all, "list"] as const,
    detail: (name: string) => [...queryKeys.groups.all, "detail", name] as const,
    policies: (name: string) => [...queryKeys.groups.detail(name), "policies"] as const,
    inlinePolicies: (name: string) => [...queryKeys.groups.detail(name), "inline-policies"] as const,
  },
  roles: {
    all: ["roles"] as const,
    list: (params: { search?: string; page?: number; pageSize?: number; sorting?: { field: string; descending: boolean } }) => [...queryKeys.roles.all, "list", params] as const,
    /** A service-linked role's asynchronous deletion task, polled by the list's delete notification. */
    deletionTask: (roleName: string, taskId: string) => [...queryKeys.roles.all, "deletion-task", roleName, taskId] as const,
    /** The role page: the summary, then each tab's data under it so a mutation can refresh the page at once. */
    detail: (name: string) => [...queryKeys.roles.all, "detail", name] as const,
    permissions: (name: string) => [...queryKeys.roles.detail(name), "permissions"] as const,
    tags: (name: string) => [...queryKeys.roles.detail(name), "tags"] as const,
    lastAccessed: (name: string) => [...queryKeys.roles.detail(name), "last-accessed"] as const,
    export: (name: string) => [...queryKeys.roles.detail(name), "export"] as const,
  },
  policies: {
    all: ["policies"] as const,
    list: (params: { search?: string; type?: string; page?: number; pageSize?: number; sorting?: { field: string; descending: boolean } }) =>
      [...queryKeys.policies.all, "list", params] as const,
    detail: (arn: string) => [...queryKeys.policies.all, "detail", arn] as const,
    /** A policy's default-version JSON, shown when its picker row is expanded. */
    document: (arn: string) => [...queryKeys.policies.detail(arn), "document"] as const,
    versions: (arn: string) => [...queryKeys.policies.detail(arn), "versions"] as const,
    version: (arn: string, versionId: string) => [...queryKeys.policies.versions(arn), versionId] as const,
    entities: (arn: string) => [...queryKeys.policies.detail(arn), "entities"] as const,
    tags: (arn: string) => [...queryKeys.policies.detail(arn), "tags"] as const,
    lastAccessed: (arn: string) => [...queryKeys.policies.detail(arn), "last-accessed"] as const,
    summary: (document: string) => [...queryKeys.policies.all, "summary", document] as const,
  },
  identityProviders: {
    all: ["identity-providers"] as const,
    list: () => [...queryKeys.identityProviders.all, "list"] as const,
    /** A provider page, keyed by the ARN's resource part ("oidc-provider/host/path"). */
    detail: (resource: string) => [...queryKeys.identityProviders.all, "detail", resource] as const,
  },
  /** IAM Roles Anywhere: trust anchors, profiles, subjects, and the roles a profile may name. */
  rolesAnywhere: {
    all: ["rolesanywhere"] as const,
    trustAnchors: () => [...queryKeys.rolesAnywhere.all, "trust-anchors"] as const,
    trustAnchor: (id: string) => [...queryKeys.rolesAnywhere.trustAnchors(), id] as const,
    trustAnchorTags: (id: string) => [...queryKeys.rolesAnywhere.trustAnchor(id), "tags"] as const,
    trustAnchorCrls: (id: string) => [...queryKeys.rolesAnywhere.trustAnchor(id), "crls"] as const,
    profiles: () => [...queryKeys.rolesAnywhere.all, "profiles"] as const,
    profile: (id: string) => [...queryKeys.rolesAnywhere.profiles(), id] as const,
    profileTags: (id: string) => [...queryKeys.rolesAnywhere.profile(id), "tags"] as const,
    subjects: () => [...queryKeys.rolesAnywhere.all, "subjects"] as const,
    subject: (id: string) => [...queryKeys.rolesAnywhere.subjects(), id] as const,
    roles: () => [...queryKeys.rolesAnywhere.all, "roles"] as const,
  },
  account: {
    passwordPolicy: () => ["account", "password-policy"] as const,
    outboundFederation: () => ["account", "outbound-federation"] as const,
    alias: () => ["account", "alias"] as const,
    stsPreferences: () => ["account", "sts-preferences"] as const,
    color: () => ["account", "color"] as const,
  },
  /** The access graph page (issue #14 §3): the graph, an edge's explanation, a query's paths. */
  accessGraph: {
    all: ["access-graph"] as const,
    graph: () => [...queryKeys.accessGraph.all, "graph"] as const,
    edge: (id: string) => [...queryKeys.accessGraph.all, "edge", id] as const,
    paths: (params: Record<string, string>) => [...queryKeys.accessGraph.all, "paths", params] as const,
    layout: (params: Record<string, string>) => [...queryKeys.accessGraph.all, "layout", params] as const,
    /** The managed policies attached in the graph's accounts, which "Who can reach admin" offers. */
    policies: () => [...queryKeys.accessGraph.all, "policies"] as const,
  },
  policyValidation: (document: string, policyType: string, managed = false) => ["policy-validation", policyType, managed, document] as const,
  /** CloudTrail › Event history: a page of events per filter and cursor, and one event. */
  cloudtrail: {
    all: ["cloudtrail"] as const,
    events: (params: { filter: string; cursor?: string; pageSize: number }) => [...queryKeys.cloudtrail.all, "events", params] as const,
    event: (eventId: string) => [...queryKeys.cloudtrail.all, "event", eventId] as const,
  },
} as const;

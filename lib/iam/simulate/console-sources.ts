// The console simulator's left column: the users, groups and roles the caller may list, and each
// policy of the chosen one (inline, managed, its groups' policies, the one boundary) with its
// document, for the include checkboxes. Every read is the IAM verb the console itself would call
// (ListUsers, ListAttachedUserPolicies, GetUserPolicy, GetPolicyVersion, …), each authorizing itself.
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { groupInlinePolicies, userInlinePolicies } from "@/lib/iam/console/inline-documents";
import { listAllGroups, listAttachedGroupPolicies, listGroupsForUser } from "@/lib/iam/groups";
import { allPages } from "@/lib/iam/pagination";
import { getPolicy, getPolicyVersion } from "@/lib/iam/policies";
import { getRole, listRoles } from "@/lib/iam/roles";
import { getRolePermissions } from "@/lib/iam/console/role-detail";
import { getUser, listAllUsers, listAttachedUserPolicies } from "@/lib/iam/users";

export interface SimulatorPrincipal {
  name: string;
  arn: string;
}

export interface SimulatorPrincipals {
  users: SimulatorPrincipal[];
  groups: SimulatorPrincipal[];
  roles: SimulatorPrincipal[];
}

async function orDenied<T>(read: () => Promise<T>): Promise<T | AwsError> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof AwsError && e.code === "AccessDenied") return e;
    throw e;
  }
}

/** Each list the caller may read; AccessDenied only when it may read none of the three. */
export async function simulatorPrincipals(caller: Caller): Promise<SimulatorPrincipals> {
  const [users, groups, roles] = await Promise.all([
    orDenied(async () => (await listAllUsers(caller)).Users.map((u) => ({ name: u.UserName, arn: u.Arn }))),
    orDenied(async () => (await listAllGroups(caller)).Groups.map((g) => ({ name: g.GroupName, arn: g.Arn }))),
    orDenied(async () => {
      const { all } = await allPages((marker) => listRoles(caller, { marker, maxItems: 1000 }), (p) => p.Roles);
      return all.map((r) => ({ name: r.RoleName, arn: r.Arn }));
    }),
  ]);
  const lists = [users, groups, roles];
  if (lists.every((l) => l instanceof AwsError)) throw users;
  const ok = (l: SimulatorPrincipal[] | AwsError) => (l instanceof AwsError ? [] : l);
  return { users: ok(users), groups: ok(groups), roles: ok(roles) };
}

export type SimulatorPolicyKind = "inline" | "managed" | "group-inline" | "group-managed" | "boundary";

export interface SimulatorPolicy {
  /** Stable within one source: what the run's MatchedStatements name. */
  id: string;
  name: string;
  kind: SimulatorPolicyKind;
  arn?: string;
  /** The group a group policy comes from. */
  group?: string;
  document: string;
}

export interface SimulatorSource {
  source: { kind: "user" | "group" | "role"; name: string; arn: string };
  policies: SimulatorPolicy[];
  /** Roles: the trust policy, shown beside the permissions (it is not one of the include checkboxes). */
  trustPolicy?: string;
}

const ENTITY_ARN = /^arn:aws[\w-]*:iam::(\d{12}):(user|group|role)(\/(?:[\w+=,.@-]+\/)*)([\w+=,.@-]+)$/;

/** The managed policy's default version document (GetPolicy, then GetPolicyVersion). */
async function managedDocument(caller: Caller, arn: string): Promise<{ name: string; document: string }> {
  const { Policy } = await getPolicy(caller, arn);
  const { PolicyVersion } = await getPolicyVersion(caller, arn, Policy.DefaultVersionId);
  return { name: Policy.PolicyName, document: PolicyVersion.Document ?? "" };
}

async function managedPolicies(caller: Caller, arns: string[], kind: SimulatorPolicyKind, group?: string): Promise<SimulatorPolicy[]> {
  return Promise.all(
    arns.map(async (arn) => {
      const { name, document } = await managedDocument(caller, arn);
      return { id: `${kind}:${group ? `${group}:` : ""}${arn}`, name, kind, arn, document, ...(group ? { group } : {}) };
    }),
  );
}

const inline = (docs: { PolicyName: string; PolicyDocument: string }[], kind: SimulatorPolicyKind, group?: string): SimulatorPolicy[] =>
  docs.map((d) => ({ id: `${kind}:${group ? `${group}:` : ""}${d.PolicyName}`, name: d.PolicyName, kind, document: d.PolicyDocument, ...(group ? { group } : {}) }));

async function groupPolicies(caller: Caller, groupName: string, asMember: boolean): Promise<SimulatorPolicy[]> {
  const [inl, attached] = await Promise.all([groupInlinePolicies(caller, groupName), listAttachedGroupPolicies(caller, groupName, { maxItems: 1000 })]);
  const group = asMember ? groupName : undefined;
  return [
    ...inline(inl.InlinePolicies, asMember ? "group-inline" : "inline", group),
    ...(await managedPolicies(caller, attached.AttachedPolicies.map((a) => a.PolicyArn), asMember ? "group-managed" : "managed", group)),
  ];
}

/** The policies of a user, group or role of the caller's account. */
export async function simulatorPolicies(caller: Caller, sourceArn: string): Promise<SimulatorSource> {
  const m = ENTITY_ARN.exec(sourceArn);
  if (!m) throw new AwsError("InvalidInput", `Invalid Entity Arn: ${sourceArn} does not clearly define entity type and name.`);
  const [, account, type, , name] = m as unknown as [string, string, "user" | "group" | "role", string, string];
  // The reads below name the caller's own account; another account's entity is refused by the one
  // door (an identity policy never reaches another account's IAM data).
  if (account !== caller.accountId) await authorize(caller, `iam:Get${type[0].toUpperCase()}${type.slice(1)}`, sourceArn);
  const boundaryOf = async (arn: string | undefined) => (arn ? managedPolicies(caller, [arn], "boundary") : []);
  if (type === "user") {
    const [{ User }, inl, attached, groups] = await Promise.all([
      getUser(caller, name),
      userInlinePolicies(caller, name),
      listAttachedUserPolicies(caller, name, { maxItems: 1000 }),
      listGroupsForUser(caller, name, { maxItems: 1000 }),
    ]);
    const policies = [
      ...inline(inl.InlinePolicies, "inline"),
      ...(await managedPolicies(caller, attached.AttachedPolicies.map((a) => a.PolicyArn), "managed")),
      ...(await Promise.all(groups.Groups.map((g) => groupPolicies(caller, g.GroupName, true)))).flat(),
      ...(await boundaryOf(User.PermissionsBoundary?.PermissionsBoundaryArn)),
    ];
    return { source: { kind: "user", name, arn: User.Arn }, policies };
  }
  if (type === "group") {
    const policies = await groupPolicies(caller, name, false);
    return { source: { kind: "group", name, arn: sourceArn }, policies };
  }
  const [{ Role }, perms] = await Promise.all([getRole(caller, name), getRolePermissions(caller, name)]);
  const policies = [
    ...inline(perms.InlinePolicies, "inline"),
    ...(await managedPolicies(caller, perms.AttachedPolicies.map((a) => a.PolicyArn), "managed")),
    ...(await boundaryOf(Role.PermissionsBoundary?.PermissionsBoundaryArn)),
  ];
  return { source: { kind: "role", name, arn: Role.Arn }, policies, trustPolicy: Role.AssumeRolePolicyDocument };
}

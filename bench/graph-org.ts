// A synthetic organization in a sandbox, for the access-graph benchmarks (bench:graph at 5,000 roles,
// bench:graph-page at ~200 nodes): five accounts, users in team groups of the identity account (some
// with MFA, some with a permissions boundary), roles across the workload accounts whose trusts delegate
// to the identity account with and without conditions (MFA, ExternalId, request tag), name other roles
// (chains), services and an OIDC provider; a few roles hold AdministratorAccess.

export const IDENTITY = "111111111111";
export const WORKLOAD = ["222222222222", "333333333333", "444444444444", "555555555555"];

export interface OrgSize {
  users: number;
  /** Groups; user i is in team i % teams and may assume the roles named team-<t>-*. */
  teams: number;
  roles: number;
}

/** bench:graph's organization: 500 users in 50 teams, 5,000 roles. */
export const BIG_ORG: OrgSize = { users: 500, teams: 50, roles: 5000 };
const OIDC = `arn:aws:iam::${WORKLOAD[0]}:oidc-provider/token.actions.githubusercontent.com`;

const doc = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const pad = (i: number) => String(i).padStart(5, "0");

function trust(i: number, team: number): string {
  const root = `arn:aws:iam::${IDENTITY}:root`;
  const assume = (condition?: object, action: string | string[] = "sts:AssumeRole") => ({ Effect: "Allow", Principal: { AWS: root }, Action: action, ...(condition ? { Condition: condition } : {}) });
  if (i % 50 === 49) return doc([{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${IDENTITY}:role/team-${team}-r${pad(i - 9)}` }, Action: "sts:AssumeRole" }]);
  switch (i % 5) {
    case 0:
      return doc([assume()]);
    case 1:
      return doc([assume({ Bool: { "aws:MultiFactorAuthPresent": "true" } })]);
    case 2:
      return doc([assume({ StringEquals: { "sts:ExternalId": `ext-${team}` } })]);
    case 3:
      return doc([assume({ StringEquals: { "aws:RequestTag/project": `p${team}` } }, ["sts:AssumeRole", "sts:TagSession"])]);
    default:
      return i % 10 === 4
        ? doc([{ Effect: "Allow", Principal: { Service: "ecs-tasks.amazonaws.com" }, Action: "sts:AssumeRole" }])
        : doc([{ Effect: "Allow", Principal: { Federated: OIDC }, Action: "sts:AssumeRoleWithWebIdentity", Condition: { StringEquals: { "token.actions.githubusercontent.com:sub": `repo:acme/team-${team}:ref:refs/heads/main` } } }]);
  }
}

/** Writes the organization into the sandbox the environment points at (DATABASE_URL). */
export async function seedOrganization({ users: USERS, teams: TEAMS, roles: ROLES }: OrgSize): Promise<void> {
  const { db } = await import("../lib/db");
  const accounts = WORKLOAD.slice(1).map((id) => ({ id, name: `workload-${id.slice(0, 1)}`, organizationId: "o-sandbox0001", rootEmail: `root@${id}.example`, rootPasswordHash: "x" }));
  const groups = Array.from({ length: TEAMS }, (_, g) => ({ id: `AGPABENCH${pad(g)}`, accountId: IDENTITY, name: `team-${g}`, nameLower: `team-${g}`, arn: `arn:aws:iam::${IDENTITY}:group/team-${g}` }));
  const users = Array.from({ length: USERS }, (_, i) => ({
    id: `AIDABENCH${pad(i)}`,
    accountId: IDENTITY,
    name: `user-${i}`,
    nameLower: `user-${i}`,
    arn: `arn:aws:iam::${IDENTITY}:user/user-${i}`,
    permissionsBoundary: i % 7 === 0 ? `arn:aws:iam::${IDENTITY}:policy/BenchBoundary` : null,
  }));
  const roles = Array.from({ length: ROLES }, (_, i) => {
    const team = i % TEAMS;
    const accountId = i % 10 === 9 ? IDENTITY : WORKLOAD[i % WORKLOAD.length];
    const name = `team-${team}-r${pad(i)}`;
    return { id: `AROABENCH${pad(i)}`, accountId, name, nameLower: name, arn: `arn:aws:iam::${accountId}:role/${name}`, trustPolicy: trust(i, team) };
  });
  // Chains: a role's trust names a role of the identity account by ARN; make sure those exist there.
  const byArn = new Set(roles.map((r) => r.arn));
  for (const r of [...roles]) {
    const named = /"(arn:aws:iam::111111111111:role\/[^"]+)"/.exec(r.trustPolicy)?.[1];
    if (named && !byArn.has(named)) {
      byArn.add(named);
      const name = named.split("/").pop()!;
      roles.push({ id: `AROABENCHC${roles.length}`, accountId: IDENTITY, name, nameLower: name, arn: named, trustPolicy: trust(0, Number(name.split("-")[1])) });
    }
  }
  await db.$transaction(
    async (tx) => {
      await tx.account.createMany({ data: accounts });
      await tx.orgPolicyAttachment.createMany({ data: accounts.flatMap((a) => [{ policyId: "p-FullAWSAccess", targetId: a.id }, { policyId: "p-RCPFullAWSAccess", targetId: a.id }]) });
      await tx.managedPolicy.create({
        data: {
          id: "ANPABENCHBOUNDARY0001",
          arn: `arn:aws:iam::${IDENTITY}:policy/BenchBoundary`,
          accountId: IDENTITY,
          name: "BenchBoundary",
          nameLower: "benchboundary",
          defaultVersionId: "v1",
          versions: { create: { versionId: "v1", isDefault: true, document: doc([{ Effect: "Allow", Action: ["sts:*", "s3:*"], Resource: "*" }]) } },
        },
      });
      await tx.identityProvider.create({ data: { arn: OIDC, accountId: WORKLOAD[0], kind: "OIDC", name: "token.actions.githubusercontent.com", clientIds: JSON.stringify(["sts.amazonaws.com"]) } });
      await tx.group.createMany({ data: groups });
      await tx.user.createMany({ data: users });
      await tx.groupMembership.createMany({ data: users.map((u, i) => ({ userId: u.id, groupId: groups[i % TEAMS].id })) });
      await tx.mfaDevice.createMany({ data: users.filter((_, i) => i % 3 === 0).map((u) => ({ serialNumber: `arn:aws:iam::${IDENTITY}:mfa/${u.name}`, accountId: IDENTITY, userId: u.id, secret: "JBSWY3DPEHPK3PXP" })) });
      await tx.inlinePolicy.createMany({
        data: [
          ...groups.map((g, t) => ({ ownerType: "group", ownerId: g.id, name: "assume-team-roles", document: doc([{ Effect: "Allow", Action: ["sts:AssumeRole", "sts:TagSession"], Resource: `arn:aws:iam::*:role/team-${t}-*` }]) })),
          // Some identity-account roles may assume onward (the chains' first hops); a few hold AdministratorAccess.
          ...roles.filter((r, i) => r.accountId === IDENTITY && i % 3 === 0).map((r) => ({ ownerType: "role", ownerId: r.id, name: "chain", document: doc([{ Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::*:role/${r.name.split("-r")[0]}-*` }]) })),
        ],
      });
      await tx.role.createMany({ data: roles });
      const admin = await tx.managedPolicy.findUniqueOrThrow({ where: { arn: "arn:aws:iam::aws:policy/AdministratorAccess" }, select: { id: true } });
      await tx.policyAttachment.createMany({ data: roles.filter((_, i) => i % 100 === 0).map((r) => ({ policyId: admin.id, principalType: "role", principalId: r.id })) });
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}


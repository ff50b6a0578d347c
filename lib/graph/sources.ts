// The principals an edge can start from, as the engine sees them: a Caller (the shape every real
// request has) plus the policies gathered for it. Users, role sessions, principals of accounts outside
// the graph (their own policies are unknown: the trust side alone decides), service principals and
// identity providers (anonymous callers whose only policy is the trust).
import type { Caller } from "@/lib/authz/caller";
import { compile, type CallerPolicies } from "@/lib/authz/policies";
import type { GraphRole, GraphUser } from "./load";
import type { KeyValues, MfaState } from "./contexts";
import type { EvaluationRequest } from "@/lib/policy";
import { DEFAULT_SOURCE_IP } from "./contexts";

export interface IamSource {
  kind: "user" | "role" | "external";
  /** The graph node this source is drawn as. */
  nodeId: string;
  accountId: string;
  /** The principal's name: the default session name. */
  name: string;
  policies: CallerPolicies;
  /** MFA states the source can be in, the baseline first (spec §3.2: true only if it can have MFA). */
  mfaStates: MfaState[];
  caller: (mfa: MfaState, sourceIp?: string) => Caller;
  user?: GraphUser;
  role?: GraphRole;
  /** What edges.ts works out once per source (its condition keys, its caller's base requests). */
  memo?: SourceMemo;
}

export interface SourceMemo {
  keys?: KeyValues;
  /** The clock the base requests were made for. */
  now: number;
  bases: Map<string, EvaluationRequest>;
}

const SESSION_NAME = "graph";
// The MFA state lists, shared (never changed): the edge code memoises candidate contexts by list.
const USER_MFA: MfaState[] = ["absent", "false", "true"];
const USER_NO_MFA: MfaState[] = ["absent", "false"];
const SESSION_MFA: MfaState[] = ["false", "true"];
const SESSION_NO_MFA: MfaState[] = ["false"];
const ISSUED = new Date("2026-01-01T00:00:00Z");
const EXPIRES = new Date("2100-01-01T00:00:00Z");

function roleSession(name: string, accessKeyId: string): NonNullable<Caller["session"]> {
  return { accessKeyId, name, issuedAt: ISSUED, expiresAt: EXPIRES, sessionPolicyArns: [] };
}

export function userSource(u: GraphUser): IamSource {
  return {
    kind: "user",
    nodeId: u.arn,
    accountId: u.accountId,
    name: u.name,
    policies: u.policies,
    // Long-term keys carry no MFA key; a console or GetSessionToken session says false; a code passed to AssumeRole says true.
    mfaStates: u.hasMfa ? USER_MFA : USER_NO_MFA,
    user: u,
    caller: (mfa, sourceIp = DEFAULT_SOURCE_IP) => ({
      kind: "user",
      accountId: u.accountId,
      arn: u.arn,
      userId: u.id,
      userName: u.name,
      mfa: false,
      via: mfa === "false" ? "console" : "api",
      sourceIp,
    }),
  };
}

/** A session of the role (role chaining); it can pass an MFA code only when some device could verify it. */
export function roleSource(r: GraphRole, canMfa: boolean): IamSource {
  return {
    kind: "role",
    nodeId: r.arn,
    accountId: r.accountId,
    name: r.name,
    policies: r.policies,
    mfaStates: canMfa ? SESSION_MFA : SESSION_NO_MFA,
    role: r,
    caller: (_mfa, sourceIp = DEFAULT_SOURCE_IP) => ({
      kind: "assumed-role",
      accountId: r.accountId,
      arn: `arn:aws:sts::${r.accountId}:assumed-role/${r.name}/${SESSION_NAME}`,
      role: { id: r.id, arn: r.arn, name: r.name },
      session: roleSession(SESSION_NAME, `ASIAGRAPH${r.id}`),
      mfa: false,
      via: "api",
      sourceIp,
    }),
  };
}

const ALLOW_ALL = compile(JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }), {
  type: "identity",
  id: "graph:external-principal",
  name: "(policies of an account outside the graph)",
});

/**
 * A principal of an account outside the graph, named by a trust policy: its identity side is that
 * account's business (assumed to allow; [INF]), so the role's trust policy and RCPs decide.
 */
export function externalSource(nodeId: string, accountId: string, principalArn: string | undefined, uniqueId: string | undefined): IamSource {
  const isUser = principalArn?.includes(":user/");
  const name = principalArn?.split("/").pop() ?? "external";
  const roleArn = principalArn && !isUser ? principalArn : `arn:aws:iam::${accountId}:role/external`;
  return {
    kind: "external",
    nodeId,
    accountId,
    name,
    policies: { principalTags: {}, identity: ALLOW_ALL ? [ALLOW_ALL] : [] },
    mfaStates: isUser ? USER_MFA : SESSION_MFA,
    caller: (mfa, sourceIp = DEFAULT_SOURCE_IP) =>
      isUser && principalArn
        ? { kind: "user", accountId, arn: principalArn, userId: uniqueId ?? `AIDAEXTERNAL${accountId}`, userName: name, mfa: false, via: mfa === "false" ? "console" : "api", sourceIp }
        : {
            kind: "assumed-role",
            accountId,
            arn: `arn:aws:sts::${accountId}:assumed-role/${roleArn.split("/").pop()}/${SESSION_NAME}`,
            role: { id: uniqueId ?? `AROAEXTERNAL${accountId}`, arn: roleArn, name: roleArn.split("/").pop() ?? "external" },
            session: roleSession(SESSION_NAME, `ASIAEXTERNAL${accountId}`),
            mfa: false,
            via: "api",
            sourceIp,
          },
  };
}

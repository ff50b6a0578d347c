// Lab actors: scripted principals the learner triggers from the panel (a vendor, an attacker, an EC2
// instance, CI, an IdP). Signed calls and the federated AssumeRole* calls go through the wire core
// (./wire-client.ts) with user agent `lab-actor/<id>`; an AWS service assuming a role on its own has
// no wire call to make, so it runs here: the role's trust policy decided for the service principal
// through the one door (decideRequest, the same request the access graph asks), then a session
// issued as AssumeRole would, and the AssumeRole record CloudTrail keeps for a service.
import { db } from "@/lib/db";
import { decideRequest } from "@/lib/authz/decide";
import { writeTrailCalls } from "@/lib/cloudtrail/console-trail";
import { accessDenied } from "@/lib/authz/access-denied";
import { newRequestId } from "@/lib/ids";
import { serviceRequest } from "@/lib/graph/edges";
import { mintSamlAssertion } from "@/lib/sts/saml-idp";
import { issueRoleSession } from "@/lib/sts/role-session";
import { compiledTrustPolicy } from "@/lib/sts/trust";
import { mintSandboxToken } from "@/lib/sts/web-identity-token";
import { roleArnOf } from "./checks/evaluate";
import { resolveDeep, resolveTemplate, type LabContext } from "./placeholders";
import { runWireCall } from "./setup";
import type { ActorCall, LabActor } from "./types";
import { credentialsOf, LAB_SOURCE_IP, wireCall, type WireAnswer } from "./wire-client";
import { serverNow } from "@/lib/server-now";

export interface ActorOutcome {
  ok: boolean;
  /** One line per call: "AssumeRole: ok" or "AssumeRole: AccessDenied: User … is not authorized…". */
  summary: string;
}

type CallOutcome = { label: string; ok: boolean; detail?: string };

const fromAnswer = (label: string, a: WireAnswer): CallOutcome => (a.ok ? { label, ok: true } : { label, ok: false, detail: `${a.error?.code}: ${a.error?.message}` });

function saveSession(ctx: LabContext, name: string | undefined, a: WireAnswer): void {
  const creds = name && a.ok ? credentialsOf(a.body) : undefined;
  if (name && creds) ctx.sessions = { ...ctx.sessions, [name]: creds };
}

/** The OIDC issuer URL of a provider given as its ARN or URL. */
function issuerOf(provider: string): string {
  const host = /:oidc-provider\/(.+)$/.exec(provider)?.[1] ?? provider.replace(/^https:\/\//, "");
  return `https://${host}`;
}

function samlProviderArn(provider: string, ctx: LabContext, account: string): string {
  return provider.startsWith("arn:") ? provider : `arn:aws:iam::${ctx.accounts[account]}:saml-provider/${provider}`;
}

async function serviceAssume(call: Extract<ActorCall, { serviceAssume: unknown }>["serviceAssume"], ctx: LabContext, agent: string): Promise<CallOutcome> {
  const label = `${call.service} AssumeRole`;
  const roleArn = roleArnOf(call.role, ctx.accounts);
  const sessionName = resolveTemplate(call.sessionName, ctx);
  const now = serverNow();
  const role = await db.role.findUnique({ where: { arn: roleArn } });
  const trust = role ? compiledTrustPolicy(role) : null;
  // A missing role or an unparsable trust policy decides as no trust policy at all: denied.
  const decision = decideRequest(serviceRequest(call.service, { arn: roleArn, accountId: role?.accountId ?? "", trust }, now));
  const accountId = role?.accountId ?? ctx.accounts[call.role.account ?? "identity"];
  const base = {
    eventTime: now,
    eventSource: "sts.amazonaws.com" as const,
    eventName: "AssumeRole",
    awsRegion: "us-east-1",
    actor: { kind: "service" as const, accountId, invokedBy: call.service },
    sourceIPAddress: call.service,
    userAgent: agent,
    requestId: newRequestId(),
    request: { RoleArn: roleArn, RoleSessionName: sessionName },
    resourceAccountId: accountId,
  };
  if (!role || !decision.allowed) {
    const error = accessDenied(decision, { disclose: false });
    await writeTrailCalls([{ ...base, error: { code: error.code, message: error.message } }]);
    return { label, ok: false, detail: `AccessDenied: the trust policy of ${call.role.role} does not let ${call.service} assume it` };
  }
  const session = await issueRoleSession(role, { durationSeconds: 3600, sessionName, sourcePrincipalArn: call.service, chainDepth: 0, now });
  await writeTrailCalls([{ ...base, response: { ...session } }]);
  if (call.saveSessionAs) {
    const c = session.Credentials;
    ctx.sessions = { ...ctx.sessions, [call.saveSessionAs]: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken } };
  }
  return { label, ok: true };
}

async function runCall(call: ActorCall, ctx: LabContext, agent: string): Promise<CallOutcome> {
  if ("as" in call) return fromAnswer(call.action, await runWireCall(call, ctx, agent));
  if ("serviceAssume" in call) return serviceAssume(call.serviceAssume, ctx, agent);
  if ("webIdentity" in call) {
    const w = resolveDeep(call.webIdentity, ctx);
    const { sub, aud, ...claims } = w.claims;
    const token = await mintSandboxToken({ issuer: issuerOf(w.provider), subject: sub ?? "lab-actor", audience: aud ?? "sts.amazonaws.com", claims });
    const params = { Action: "AssumeRoleWithWebIdentity", RoleArn: roleArnOf(w.role, ctx.accounts), RoleSessionName: agent.replace(/[^\w+=,.@-]/g, "-").slice(0, 64), WebIdentityToken: token };
    const answer = await wireCall(null, "sts", params, agent);
    saveSession(ctx, w.saveSessionAs, answer);
    return fromAnswer("AssumeRoleWithWebIdentity", answer);
  }
  const s = resolveDeep(call.saml, ctx);
  const account = s.role.account ?? "identity";
  const providerArn = samlProviderArn(s.provider, ctx, account);
  const [first, ...more] = s.roleAttribute;
  const [roleArn, attrProvider] = first.split(",");
  const assertion = await mintSamlAssertion({
    roleArn,
    providerArn: attrProvider ?? providerArn,
    sessionName: s.subject.replace(/[^\w+=,.@-]/g, "-").slice(0, 64),
    subject: s.subject,
    ...(more.length > 0 ? { attributes: { Role: more } } : {}),
  });
  const params = { Action: "AssumeRoleWithSAML", RoleArn: roleArnOf(s.role, ctx.accounts), PrincipalArn: providerArn, SAMLAssertion: assertion };
  const answer = await wireCall(null, "sts", params, agent);
  saveSession(ctx, s.saveSessionAs, answer);
  return fromAnswer("AssumeRoleWithSAML", answer);
}

/** Runs every call of the actor in order (a refused call does not stop the next); the summary says how each went. */
export async function runActor(actor: LabActor, ctx: LabContext): Promise<ActorOutcome> {
  const agent = `lab-actor/${actor.id}`;
  const outcomes: CallOutcome[] = [];
  for (const call of actor.calls) {
    try {
      outcomes.push(await runCall(call, ctx, agent));
    } catch (e) {
      outcomes.push({ label: "call", ok: false, detail: e instanceof Error ? e.message : String(e) });
    }
  }
  return {
    ok: outcomes.every((o) => o.ok),
    summary: outcomes.map((o) => (o.ok ? `${o.label}: ok` : `${o.label}: ${o.detail}`)).join("\n"),
  };
}

export { LAB_SOURCE_IP };

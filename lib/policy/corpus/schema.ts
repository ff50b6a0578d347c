// The conformance corpus: every lib/policy/corpus/<topic>/<name>.json is one of these files.
// Schemas are strict so a typo in a case (e.g. "expected") fails loudly instead of testing nothing.
import { z } from "zod";

const ZJson: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(ZJson), z.record(z.string(), ZJson)]),
);
const ZDocument = z.record(z.string(), ZJson);

export const ZPrincipal = z
  .object({
    kind: z.enum(["root", "user", "assumed-role", "federated-user", "service", "anonymous"]),
    arn: z.string(),
    accountId: z.string(),
    uniqueId: z.string().optional(),
    roleArn: z.string().optional(),
    userArn: z.string().optional(),
    service: z.string().optional(),
    federatedProvider: z.string().optional(),
    credentials: z.literal("session-token").optional(),
  })
  .strict();

export const ZDeniedBy = z.enum(["identity", "resource", "trust", "boundary", "session", "scp", "rcp"]);

// Where AWS documents the behaviour a case encodes (an AWS documentation page or the SDK model).
// Required: a case nobody can trace to AWS's word is the project's guess, not a conformance case.
const ZSource = z.string().url();

export const ZEvaluateCase = z
  .object({
    name: z.string().min(1),
    source: ZSource,
    request: z
      .object({
        principal: ZPrincipal,
        action: z.string(),
        resource: z.string(),
        resourceAccountId: z.string().optional(),
        context: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
      })
      .strict(),
    policies: z
      .object({
        identity: z.array(ZDocument).optional(),
        boundary: ZDocument.optional(),
        session: z.array(ZDocument).optional(),
        resource: ZDocument.optional(),
        trust: ZDocument.optional(),
        scps: z.array(z.array(ZDocument)).optional(),
        rcps: z.array(z.array(ZDocument)).optional(),
        // The ARN of a managed or organization policy, by the id the runner gives it ("identity-0",
        // "boundary", "session-0", "scp-0-1", "rcp-1-0"): AccessDenied messages may name it.
        arns: z.record(z.string().regex(/^(identity-\d+|boundary|session-\d+|(scp|rcp)-\d+-\d+)$/), z.string()).optional(),
      })
      .strict(),
    expect: z
      .object({
        decision: z.enum(["Allowed", "ExplicitDeny", "ImplicitDeny"]),
        deniedBy: ZDeniedBy.optional(),
        message: z.string().optional(),
        context: z.string().optional(),
      })
      .strict(),
  })
  .strict()
  .refine((c) => !(c.policies.resource && c.policies.trust), "a case has one resource OR one trust policy");

export const ZParseCase = z
  .object({
    name: z.string().min(1),
    source: ZSource,
    // "managed": an identity policy stored by CreatePolicy/CreatePolicyVersion ("identity" alone is inline).
    type: z.enum(["identity", "managed", "resource", "trust", "scp", "rcp", "session", "boundary"]),
    document: z.union([z.string(), ZDocument]),
    expect: z.union([
      z.object({ ok: z.literal(true) }).strict(),
      z
        .object({
          error: z.object({ code: z.enum(["MalformedPolicyDocument", "LimitExceeded"]), message: z.string() }).strict(),
        })
        .strict(),
    ]),
  })
  .strict();

// The request context AWS builds for a caller (lib/authz/context.ts): which principal keys a request
// carries, with which values, for each kind of principal. `null` expects the key to be absent.
export const ZContextCase = z
  .object({
    name: z.string().min(1),
    source: ZSource,
    caller: z
      .object({
        kind: z.enum(["root", "user", "assumed-role"]),
        accountId: z.string(),
        arn: z.string(),
        userId: z.string().optional(),
        userName: z.string().optional(),
        role: z.object({ id: z.string(), arn: z.string(), name: z.string() }).strict().optional(),
        session: z.object({ name: z.string(), issuedAt: z.string().datetime() }).strict().optional(),
        mfa: z.boolean(),
        mfaAuthenticatedAt: z.string().datetime().optional(),
        via: z.enum(["console", "api"]),
      })
      .strict(),
    now: z.string().datetime(),
    expect: z.record(z.string(), z.string().nullable()),
  })
  .strict();

export const ZCorpusFile = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("evaluate"), description: z.string(), cases: z.array(ZEvaluateCase).min(1) }).strict(),
  z.object({ kind: z.literal("parse"), description: z.string(), cases: z.array(ZParseCase).min(1) }).strict(),
  z.object({ kind: z.literal("context"), description: z.string(), cases: z.array(ZContextCase).min(1) }).strict(),
]);

export type TCorpusFile = z.infer<typeof ZCorpusFile>;
export type TEvaluateCase = z.infer<typeof ZEvaluateCase>;
export type TParseCase = z.infer<typeof ZParseCase>;
export type TContextCase = z.infer<typeof ZContextCase>;

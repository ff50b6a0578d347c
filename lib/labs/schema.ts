// The zod schema of a lab (mirrors LabDefinition in ./types.ts) and loadLab(): shape, then the rules
// a schema cannot say: unique step, check and actor ids; `{ after: id }` windows naming a check of the
// lab; accounts and saved sessions that exist; every placeholder resolvable. A lab that loads is one
// the engine can run; anything else fails here, at import, with the lab and the field named.
import { z } from "zod";
import type { Check, LabDefinition, WireCall, ActorCall } from "./types";
import { LabPlaceholderError, resolveDeep, resolveValueTemplate, singleModeAccounts, templateKeys, type LabContext } from "./placeholders";

const str = z.string();
const nonEmpty = z.string().min(1);
const templateMap = z.record(z.string(), z.string());
const accountKey = z.string().regex(/^[a-z][a-z0-9-]*$/, "account keys are lower-case words");

const principalRef = z.union([
  z.object({ user: nonEmpty, account: accountKey.optional() }).strict(),
  z.object({ root: accountKey }).strict(),
  z.object({ service: nonEmpty }).strict(),
  z.object({ session: nonEmpty }).strict(),
]);
const roleRef = z.object({ role: nonEmpty, account: accountKey.optional() }).strict();

const wireCall = z
  .object({
    as: principalRef,
    service: z.enum(["iam", "sts"]),
    action: z.string().regex(/^[A-Z][A-Za-z0-9]+$/, "a Query API action name, e.g. CreateRole"),
    params: templateMap.optional(),
    saveSessionAs: nonEmpty.optional(),
  })
  .strict();

const window = z.union([z.literal("lab"), z.literal("step"), z.object({ after: nonEmpty }).strict()]);
const base = { id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "check ids are kebab-case"), label: nonEmpty, window: window.optional() };
const contextMap = z.record(z.string(), z.union([str, z.array(str)]));
const federatedInput = z.object({ provider: nonEmpty, claims: templateMap }).strict();

export const checkSchema: z.ZodType<Check> = z.lazy(() =>
  z.union([
    z
      .object({
        ...base,
        kind: z.literal("entity"),
        entity: z.enum(["role", "user", "group", "policy", "idp", "accessKey", "instanceProfile", "mfaDevice"]),
        account: accountKey.optional(),
        name: nonEmpty,
        has: z.record(z.string(), z.union([str, z.number(), z.boolean()])).optional(),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal("trust"),
        role: roleRef,
        principal: z.union([principalRef, z.object({ webIdentity: federatedInput }).strict(), z.object({ saml: federatedInput }).strict()]),
        context: contextMap.optional(),
        expect: z.enum(["allow", "deny"]),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal("can"),
        principal: z.union([principalRef, z.object({ roleSession: roleRef }).strict()]),
        action: z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9*]+$/, "service:Action"),
        resource: nonEmpty,
        context: contextMap.optional(),
        expect: z.enum(["allow", "deny"]),
        decidedBy: z.enum(["identity", "resource", "boundary", "session", "scp", "rcp", "explicit-deny"]).optional(),
        resourcePolicy: nonEmpty.optional(),
        resourceOwner: accountKey.optional(),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal("event"),
        eventName: z.string().regex(/^[A-Z][A-Za-z0-9]+$/),
        by: nonEmpty.optional(),
        target: nonEmpty.optional(),
        result: z.enum(["Success", "Failure"]),
        errorCode: nonEmpty.optional(),
        params: z.record(z.string(), z.union([str, z.null()])).optional(),
        userAgent: nonEmpty.optional(),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal("session"),
        role: roleRef,
        from: nonEmpty.optional(),
        via: z.enum(["console", "api"]).optional(),
        mfa: z.boolean().optional(),
        chainDepth: z.object({ min: z.number().int().optional(), max: z.number().int().optional() }).strict().optional(),
        duration: z.object({ eq: z.number().int().optional(), max: z.number().int().optional(), min: z.number().int().optional() }).strict().optional(),
        sessionName: nonEmpty.optional(),
        revoked: z.boolean().optional(),
      })
      .strict(),
    z
      .object({ ...base, kind: z.literal("answer"), question: nonEmpty, choices: z.array(nonEmpty).min(2).optional(), expect: nonEmpty })
      .strict(),
    z.object({ ...base, kind: z.enum(["all", "any"]), of: z.array(checkSchema).min(1) }).strict(),
    z.object({ ...base, kind: z.literal("not"), of: checkSchema }).strict(),
  ]),
);

const actorCall: z.ZodType<ActorCall> = z.union([
  wireCall,
  z
    .object({
      serviceAssume: z.object({ service: nonEmpty, role: roleRef, sessionName: nonEmpty, saveSessionAs: nonEmpty.optional() }).strict(),
    })
    .strict(),
  z
    .object({
      webIdentity: z.object({ role: roleRef, provider: nonEmpty, claims: templateMap, saveSessionAs: nonEmpty.optional() }).strict(),
    })
    .strict(),
  z
    .object({
      saml: z
        .object({ role: roleRef, provider: nonEmpty, subject: nonEmpty, roleAttribute: z.array(nonEmpty).min(1), saveSessionAs: nonEmpty.optional() })
        .strict(),
    })
    .strict(),
]);

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are kebab-case");

export const labSchema = z
  .object({
    id: idSchema,
    version: z.number().int().positive(),
    title: nonEmpty,
    level: z.enum(["Fundamental", "Intermediate", "Advanced"]),
    track: z.enum(["Fundamentals", "Cross-account", "Federation", "Guardrails"]),
    minutes: z.number().int().positive(),
    concepts: z.array(nonEmpty),
    seeds: z.array(z.string().regex(/^\d{3}$/)),
    goal: nonEmpty,
    lessonLearned: nonEmpty,
    startUrl: z.string().startsWith("/"),
    setup: z
      .object({
        accounts: z.array(z.object({ key: accountKey, name: nonEmpty, inOrganization: z.boolean() }).strict()).optional(),
        values: templateMap.optional(),
        accessKeys: z.array(z.object({ name: nonEmpty, user: nonEmpty, account: accountKey.optional() }).strict()).optional(),
        calls: z.array(wireCall).optional(),
      })
      .strict(),
    actors: z.array(z.object({ id: idSchema, label: nonEmpty, description: nonEmpty, calls: z.array(actorCall).min(1) }).strict()),
    steps: z
      .array(
        z
          .object({
            id: idSchema,
            title: nonEmpty,
            body: nonEmpty,
            checks: z.array(checkSchema).min(1),
            hints: z.array(nonEmpty),
            solution: z.object({ console: z.array(str), cli: z.array(str) }).strict(),
            optional: z.boolean().optional(),
            final: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export class LabDefinitionError extends Error {
  constructor(labId: string, message: string) {
    super(`lab ${labId}: ${message}`);
    this.name = "LabDefinitionError";
  }
}

/** Every check of a list, nested ones (all/any/not) included, parents first. */
export function flattenChecks(checks: readonly Check[]): Check[] {
  const out: Check[] = [];
  const walk = (c: Check) => {
    out.push(c);
    if (c.kind === "all" || c.kind === "any") c.of.forEach(walk);
    if (c.kind === "not") walk(c.of);
  };
  checks.forEach(walk);
  return out;
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** A context with every name the lab declares, for checking that its placeholders resolve. */
export function declaredContext(lab: Pick<LabDefinition, "setup">): LabContext {
  const accounts = singleModeAccounts((lab.setup.accounts ?? []).map((a) => a.key));
  const keys = { ...templateKeys() };
  for (const k of lab.setup.accessKeys ?? []) keys[k.name] = { id: "AKIA0000000000000000", secret: "x", user: k.user, account: k.account ?? "identity" };
  const ctx: LabContext = { accounts, keys, values: {}, samlMetadata: "<md:EntityDescriptor/>" };
  for (const [name, text] of Object.entries(lab.setup.values ?? {})) ctx.values[name] = resolveValueTemplate(text, ctx, () => "0");
  return ctx;
}

function semanticErrors(lab: LabDefinition): string[] {
  const errors: string[] = [];
  const steps = lab.steps.map((s) => s.id);
  for (const d of duplicates(steps)) errors.push(`step id "${d}" is used twice`);
  for (const d of duplicates(lab.actors.map((a) => a.id))) errors.push(`actor id "${d}" is used twice`);
  const checks = flattenChecks(lab.steps.flatMap((s) => s.checks));
  const checkIds = checks.map((c) => c.id);
  for (const d of duplicates(checkIds)) errors.push(`check id "${d}" is used twice`);
  for (const c of checks) {
    if (c.window && typeof c.window === "object" && !checkIds.includes(c.window.after)) errors.push(`check "${c.id}": window after "${c.window.after}" names no check of this lab`);
    if (c.window && typeof c.window === "object" && c.window.after === c.id) errors.push(`check "${c.id}": window after itself`);
  }
  const accounts = new Set(["identity", "workload", ...(lab.setup.accounts ?? []).map((a) => a.key)]);
  for (const d of duplicates((lab.setup.accounts ?? []).map((a) => a.key))) errors.push(`account "${d}" is declared twice`);
  for (const k of lab.setup.accounts ?? []) if (k.key === "identity" || k.key === "workload") errors.push(`account "${k.key}" is the template's`);
  const walkAccounts = (value: unknown, where: string) => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((v, i) => walkAccounts(v, `${where}[${i}]`));
    for (const [k, v] of Object.entries(value)) {
      if ((k === "account" || k === "root") && typeof v === "string" && !accounts.has(v)) errors.push(`${where}: account "${v}" is not declared in setup.accounts`);
      else walkAccounts(v, `${where}.${k}`);
    }
  };
  walkAccounts(lab.setup, "setup");
  walkAccounts(lab.actors, "actors");
  walkAccounts(lab.steps, "steps");
  // Sessions: setup's are visible to later setup calls and to every actor; an actor's own to its later calls.
  const saved = new Set<string>();
  const checkCalls = (calls: readonly (WireCall | ActorCall)[], where: string, known: Set<string>) => {
    calls.forEach((call, i) => {
      if ("as" in call && "session" in call.as && !known.has(call.as.session)) errors.push(`${where}[${i}]: session "${call.as.session}" is not saved by an earlier call`);
      const save = "as" in call ? call.saveSessionAs : Object.values(call)[0]?.saveSessionAs;
      if (save) known.add(save);
    });
  };
  checkCalls(lab.setup.calls ?? [], "setup.calls", saved);
  for (const a of lab.actors) checkCalls(a.calls, `actor ${a.id}`, new Set(saved));
  try {
    const ctx = declaredContext(lab);
    const { values: _values, ...rest } = lab.setup;
    resolveDeep({ ...lab, setup: rest }, ctx);
  } catch (e) {
    if (e instanceof LabPlaceholderError) errors.push(e.message);
    else throw e;
  }
  return errors;
}

/** Validates a lab module's default export; throws LabDefinitionError naming every problem. */
export function loadLab(input: unknown): LabDefinition {
  const id = (input as { id?: unknown } | null)?.id;
  const labId = typeof id === "string" ? id : "(no id)";
  const parsed = labSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new LabDefinitionError(labId, issues.join("; "));
  }
  const lab = parsed.data as LabDefinition;
  const errors = semanticErrors(lab);
  if (errors.length > 0) throw new LabDefinitionError(labId, errors.join("; "));
  return lab;
}

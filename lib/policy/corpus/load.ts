// The corpus's evaluate cases and the engine request each one describes, for the suites that run the
// corpus through another door (the wire's simulator) and compare with the pure engine.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { compilePolicy, createContext, parsePolicy } from "../index";
import type { CompiledPolicy, EvaluationRequest, PolicyType } from "../index";
import { ZCorpusFile, type TEvaluateCase } from "./schema";

export const CORPUS_ROOT = import.meta.dirname;

export function corpusFiles(dir: string = CORPUS_ROOT): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return corpusFiles(full);
      return name.endsWith(".json") ? [full] : [];
    });
}

export interface LoadedCase {
  /** "topic/file.json › case name" */
  id: string;
  case: TEvaluateCase;
}

/** Every evaluate case of the corpus; a file that does not match the schema throws, never drops out. */
export function evaluateCases(): LoadedCase[] {
  const out: LoadedCase[] = [];
  for (const file of corpusFiles()) {
    const rel = path.relative(CORPUS_ROOT, file);
    const parsed = ZCorpusFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${rel} does not match the corpus schema: ${parsed.error.message}`);
    if (parsed.data.kind !== "evaluate") continue;
    for (const c of parsed.data.cases) out.push({ id: `${rel} › ${c.name}`, case: c });
  }
  return out;
}

function load(doc: Record<string, unknown>, type: PolicyType, id: string, arns?: Record<string, string>): CompiledPolicy {
  const parsed = parsePolicy(JSON.stringify(doc), type);
  if (!parsed.ok) throw new Error(`corpus policy ${id} does not parse: ${parsed.error.message}`);
  return compilePolicy(parsed.policy, { type, id, name: id, arn: arns?.[id] });
}

/** The engine request a case describes. */
export function engineRequest(c: TEvaluateCase): EvaluationRequest {
  const p = c.policies;
  const a = p.arns;
  return {
    principal: c.request.principal,
    action: c.request.action,
    resource: c.request.resource,
    resourceAccountId: c.request.resourceAccountId,
    context: createContext(c.request.context ?? {}),
    identityPolicies: (p.identity ?? []).map((d, i) => load(d, "identity", `identity-${i}`, a)),
    permissionsBoundary: p.boundary ? load(p.boundary, "boundary", "boundary", a) : undefined,
    sessionPolicies: p.session?.map((d, i) => load(d, "session", `session-${i}`, a)),
    resourcePolicy: p.trust ? load(p.trust, "trust", "trust") : p.resource ? load(p.resource, "resource", "resource") : undefined,
    scps: p.scps?.map((level, l) => level.map((d, i) => load(d, "scp", `scp-${l}-${i}`, a))),
    rcps: p.rcps?.map((level, l) => level.map((d, i) => load(d, "rcp", `rcp-${l}-${i}`, a))),
  };
}

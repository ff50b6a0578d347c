// The visual editor's model of a permission policy: one block per statement, each about one service.
// The JSON stays the source of truth — blocks are derived from it (parseVisualPolicy) and written
// back as pretty-printed JSON (serializeVisualPolicy). Documents the blocks cannot hold faithfully
// are refused with a reason rather than silently rewritten: the console keeps those in the JSON
// editor (it warns that the visual editor does not support NotAction/NotResource and similar
// elements), and dropping an element on a mode switch would change what the policy grants.

export type Effect = "Allow" | "Deny";
export type Qualifier = "" | "ForAnyValue" | "ForAllValues";

export interface ConditionRow {
  key: string;
  qualifier: Qualifier;
  /** The operator as IAM spells it, IfExists included ("StringLikeIfExists"). */
  operator: string;
  values: string[];
}

export interface PermissionBlock {
  sid?: string;
  effect: Effect;
  /** Lower-case service prefix; null until a service is chosen (or when the statement has no actions). */
  service: string | null;
  /** Action names after the prefix, as written ("GetObject", "Get*", "*" for every action). */
  actions: string[];
  /** "all" is Resource "*"; otherwise the ARNs of "Specific". */
  resources: "all" | string[];
  conditions: ConditionRow[];
}

export interface VisualPolicy {
  version: string;
  id?: string;
  blocks: PermissionBlock[];
}

export type ParseResult = { ok: true; policy: VisualPolicy } | { ok: false; reason: string };

export const DEFAULT_VERSION = "2012-10-17";
const STATEMENT_KEYS = new Set(["Sid", "Effect", "Action", "Resource", "Condition"]);
const POLICY_KEYS = new Set(["Version", "Id", "Statement"]);

export function emptyBlock(): PermissionBlock {
  return { effect: "Allow", service: null, actions: [], resources: [], conditions: [] };
}

export const isAllActions = (b: PermissionBlock) => b.actions.includes("*");

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

class Unrepresentable extends Error {}
const refuse = (reason: string): never => {
  throw new Unrepresentable(reason);
};

/** A string or a list of strings; anything else cannot be shown as a list in the form. */
function stringList(v: unknown, element: string): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
  return refuse(`${element} must be a string or a list of strings.`);
}

function parseActions(v: unknown, n: number): Pick<PermissionBlock, "service" | "actions"> {
  const list = stringList(v, "Action");
  let service: string | null = null;
  const actions: string[] = [];
  for (const a of list) {
    const colon = a.indexOf(":");
    if (a === "*" || colon < 0) refuse(`Statement ${n} grants actions of every service ("${a}"); the visual editor shows one service per block.`);
    const prefix = a.slice(0, colon).toLowerCase();
    if (/[*?]/.test(prefix)) refuse(`Statement ${n} uses a wildcard in the service prefix ("${a}").`);
    if (service !== null && prefix !== service) refuse(`Statement ${n} includes actions of more than one service (${service}, ${prefix}).`);
    service = prefix;
    actions.push(a.slice(colon + 1));
  }
  return { service, actions };
}

function parseConditions(v: unknown, n: number): ConditionRow[] {
  if (v === undefined) return [];
  if (!isObject(v)) return refuse(`The Condition of statement ${n} is not an object.`);
  const rows: ConditionRow[] = [];
  for (const [op, block] of Object.entries(v)) {
    if (!isObject(block)) refuse(`The ${op} condition of statement ${n} is not an object.`);
    const colon = op.indexOf(":");
    const qualifier = colon < 0 ? "" : op.slice(0, colon);
    if (qualifier !== "" && qualifier !== "ForAnyValue" && qualifier !== "ForAllValues") refuse(`The condition qualifier ${qualifier} is not supported.`);
    for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
      const list = Array.isArray(raw) ? raw : [raw];
      // IAM compares condition values as strings, so true/10 and "true"/"10" mean the same.
      if (!list.every((x) => ["string", "number", "boolean"].includes(typeof x))) refuse(`The value of ${key} in statement ${n} is not a string or a list of strings.`);
      rows.push({ key, qualifier: qualifier as Qualifier, operator: colon < 0 ? op : op.slice(colon + 1), values: list.map(String) });
    }
  }
  return rows;
}

function parseStatement(s: unknown, n: number): PermissionBlock {
  if (!isObject(s)) return refuse(`Statement ${n} is not an object.`);
  for (const key of Object.keys(s)) {
    if (!STATEMENT_KEYS.has(key)) refuse(`Statement ${n} uses ${key}, which the visual editor does not support.`);
  }
  if (s.Effect !== "Allow" && s.Effect !== "Deny") refuse(`Statement ${n} needs an Effect of Allow or Deny.`);
  if (s.Sid !== undefined && typeof s.Sid !== "string") refuse(`The Sid of statement ${n} is not a string.`);
  const { service, actions } = s.Action === undefined ? { service: null, actions: [] } : parseActions(s.Action, n);
  const resourceList = s.Resource === undefined ? [] : stringList(s.Resource, "Resource");
  const all = resourceList.includes("*");
  // "*" next to specific ARNs is still every resource, but the form's All/Specific choice cannot say both.
  if (all && resourceList.length > 1) refuse(`Statement ${n} lists "*" together with specific resources.`);
  return {
    ...(s.Sid !== undefined ? { sid: s.Sid as string } : {}),
    effect: s.Effect as Effect,
    service,
    actions,
    resources: all ? "all" : resourceList,
    conditions: parseConditions(s.Condition, n),
  };
}

export function parseVisualPolicy(json: string): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return { ok: false, reason: "The policy is not valid JSON. Fix the JSON syntax first." };
  }
  try {
    if (!isObject(doc)) refuse("The policy must be a JSON object.");
    const d = doc as Record<string, unknown>;
    for (const key of Object.keys(d)) if (!POLICY_KEYS.has(key)) refuse(`The policy uses ${key}, which the visual editor does not support.`);
    if (d.Version !== undefined && typeof d.Version !== "string") refuse("Version must be a string.");
    if (d.Id !== undefined && typeof d.Id !== "string") refuse("Id must be a string.");
    const statements = d.Statement === undefined ? [] : Array.isArray(d.Statement) ? d.Statement : [d.Statement];
    return {
      ok: true,
      policy: {
        version: (d.Version as string | undefined) ?? DEFAULT_VERSION,
        ...(d.Id !== undefined ? { id: d.Id as string } : {}),
        blocks: statements.map((s, i) => parseStatement(s, i + 1)),
      },
    };
  } catch (e) {
    if (e instanceof Unrepresentable) return { ok: false, reason: e.message };
    throw e;
  }
}

/** One value stays a string and several become a list, as the console writes them. */
const oneOrMany = (list: string[]): string | string[] => (list.length === 1 ? list[0] : list);

function conditionJson(rows: ConditionRow[]): Record<string, Record<string, string | string[]>> | undefined {
  const out: Record<string, Record<string, string | string[]>> = {};
  // A row still being filled in (no key, operator or value) is kept by the form but not written.
  for (const r of rows) {
    const values = r.values.map((v) => v.trim()).filter((v) => v !== "");
    if (!r.key || !r.operator || values.length === 0) continue;
    const op = r.qualifier ? `${r.qualifier}:${r.operator}` : r.operator;
    out[op] = { ...out[op], [r.key]: oneOrMany(values) };
  }
  return Object.keys(out).length ? out : undefined;
}

export function blockToStatement(b: PermissionBlock): Record<string, unknown> {
  const actions = b.service ? (isAllActions(b) ? [`${b.service}:*`] : b.actions.map((a) => `${b.service}:${a}`)) : [];
  const condition = conditionJson(b.conditions);
  return {
    ...(b.sid !== undefined ? { Sid: b.sid } : {}),
    Effect: b.effect,
    Action: actions.length === 1 ? actions[0] : actions,
    Resource: b.resources === "all" ? "*" : oneOrMany(b.resources),
    ...(condition ? { Condition: condition } : {}),
  };
}

/** Pretty-printed with 4 spaces, as the JSON editor shows policies. */
export function serializeVisualPolicy(p: VisualPolicy): string {
  const doc = { Version: p.version, ...(p.id !== undefined ? { Id: p.id } : {}), Statement: p.blocks.map(blockToStatement) };
  return JSON.stringify(doc, null, 4);
}

/** The first Sid of the form StatementN not yet used, for a new block. */
export function nextSid(blocks: PermissionBlock[]): string {
  const used = new Set(blocks.map((b) => b.sid));
  let n = 1;
  while (used.has(`Statement${n}`)) n++;
  return `Statement${n}`;
}

// "Permissions defined in this policy": which services each effect covers and with which actions,
// read straight from the document (the review step shows it before anything is saved). Unparseable
// documents summarise to nothing; the editor has already refused them.
export interface ServicePermissions {
  effect: "Allow" | "Deny";
  /** The action prefix in lower case ("s3"); "*" when the statement covers every service. */
  service: string;
  /** Action names without the service prefix; ["*"] for every action of the service. */
  actions: string[];
  /** True when the statement uses NotAction, so the list is what is excluded. */
  excluded: boolean;
}

const asList = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export function summarizePermissions(document: string): ServicePermissions[] {
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(document) as { Statement?: unknown };
  } catch {
    return [];
  }
  const statements = Array.isArray(doc?.Statement) ? doc.Statement : doc?.Statement ? [doc.Statement] : [];
  const byKey = new Map<string, ServicePermissions>();
  for (const raw of statements) {
    const s = raw as { Effect?: unknown; Action?: unknown; NotAction?: unknown } | null;
    if (!s || (s.Effect !== "Allow" && s.Effect !== "Deny")) continue;
    const excluded = s.Action === undefined && s.NotAction !== undefined;
    for (const action of asList(excluded ? s.NotAction : s.Action)) {
      const [service, name] = action === "*" ? ["*", "*"] : action.includes(":") ? action.split(":", 2) : [action, "*"];
      const key = `${s.Effect}|${excluded}|${service.toLowerCase()}`;
      const entry = byKey.get(key) ?? { effect: s.Effect, service: service.toLowerCase(), actions: [], excluded };
      if (!entry.actions.includes(name)) entry.actions.push(name);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    .map((e) => (e.actions.includes("*") ? { ...e, actions: ["*"] } : e))
    .sort((a, b) => a.effect.localeCompare(b.effect) || a.service.localeCompare(b.service));
}

// Actions match case-insensitively (IAM:listaccesskeys ≡ iam:ListAccessKeys). Patterns are folded to
// lower case once at compile time and indexed by service prefix, so a statement listing ~3,000 actions
// (ReadOnlyAccess) costs one Map lookup and one Set probe per request, not a scan.
import { compileMatcher, parsePattern, type Matcher } from "./wildcard";

/** The request's action, split and folded once per evaluation. */
export interface PreparedAction {
  /** "iam:listroles" */
  full: string;
  /** "iam" */
  service: string;
  /** "listroles" */
  name: string;
}

export function prepareAction(action: string): PreparedAction {
  const full = action.toLowerCase();
  const colon = full.indexOf(":");
  return colon < 0 ? { full, service: "", name: full } : { full, service: full.slice(0, colon), name: full.slice(colon + 1) };
}

interface ServiceActions {
  exact: Set<string>;
  patterns: Matcher[];
  all: boolean;
}

export interface ActionSet {
  /** Matches every action ("*", or a cross-service pattern that reduces to "*"). */
  readonly all: boolean;
  /** Service prefixes this set can match, or undefined when it may match any service. */
  readonly services: ReadonlySet<string> | undefined;
  test(a: PreparedAction): boolean;
}

const hasWildcard = (s: string) => s.includes("*") || s.includes("?");

export function compileActions(list: string[]): ActionSet {
  const byService = new Map<string, ServiceActions>();
  const crossService: Matcher[] = [];
  let all = false;
  for (const raw of list) {
    const a = raw.toLowerCase();
    if (a === "*") {
      all = true;
      continue;
    }
    const colon = a.indexOf(":");
    const service = colon < 0 ? "" : a.slice(0, colon);
    // The parser rejects wildcards in the vendor; a hand-built policy may still carry one.
    if (colon < 0 || hasWildcard(service)) {
      crossService.push(compileMatcher(parsePattern(a)));
      continue;
    }
    let entry = byService.get(service);
    if (!entry) byService.set(service, (entry = { exact: new Set(), patterns: [], all: false }));
    const name = a.slice(colon + 1);
    if (name === "*") entry.all = true;
    else if (hasWildcard(name)) entry.patterns.push(compileMatcher(parsePattern(name)));
    else entry.exact.add(name);
  }
  const services = all || crossService.length > 0 ? undefined : new Set(byService.keys());
  return {
    all,
    services,
    test(p: PreparedAction): boolean {
      if (all) return true;
      const entry = byService.get(p.service);
      if (entry) {
        if (entry.all || entry.exact.has(p.name)) return true;
        for (const m of entry.patterns) if (m.test(p.name)) return true;
      }
      for (const m of crossService) if (m.test(p.full)) return true;
      return false;
    },
  };
}

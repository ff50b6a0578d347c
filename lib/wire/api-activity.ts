// The Query endpoint's activity hook: every wire call lands in the CloudTrail-like log, including
// failures that never resolved a caller (attributed to the access key's owner when it exists).
import type { Caller } from "@/lib/authz/caller";
import type { CallRecord } from "@/lib/aws-query";
import { findAccessKeyWithUser } from "@/lib/data/access-keys";
import { appendActivity } from "@/lib/data/activity";
import { sessionOwner } from "@/lib/data/sessions";

async function ownerOfKey(accessKeyId: string): Promise<{ accountId: string; principalArn: string } | null> {
  if (accessKeyId.startsWith("ASIA")) return sessionOwner(accessKeyId);
  const key = await findAccessKeyWithUser(accessKeyId);
  if (!key) return null;
  return { accountId: key.accountId, principalArn: key.user?.arn ?? `arn:aws:iam::${key.accountId}:root` };
}

export async function recordApiCall(record: CallRecord<Caller>): Promise<void> {
  let who: { accountId: string; principalArn: string } | null = record.caller
    ? { accountId: record.caller.accountId, principalArn: record.caller.arn }
    : (record.attributedTo ?? null);
  // Unknown keys belong to no account: there is no log to write them to.
  if (!who && record.accessKeyId) who = await ownerOfKey(record.accessKeyId);
  if (!who) return;
  // Every wire call writes one row, committed before the answer leaves (the Query core awaits this
  // hook): an answered call is never missing from the log, even after kill -9.
  await appendActivity({
    time: new Date(),
    accountId: who.accountId,
    principalArn: who.principalArn,
    action: `${record.service ?? "sts"}:${record.action ?? "Unknown"}`,
    resource: "",
    result: record.errorCode ? "Failure" : "Success",
    errorCode: record.errorCode ?? null,
    errorMessage: record.errorMessage ?? null,
    sourceIp: record.sourceIp ?? null,
    userAgent: record.userAgent?.slice(0, 512) ?? null,
    requestId: record.requestId,
    source: "api",
  });
}

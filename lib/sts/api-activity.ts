// The Query endpoint's activity hook: every wire call lands in the CloudTrail-like log, including
// failures that never resolved a caller (attributed to the access key's owner when it exists).
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import type { CallRecord } from "@/lib/aws-query";
import { directInsert } from "@/lib/db-group-commit";
import { sqlDate } from "./credentials";

async function ownerOfKey(accessKeyId: string): Promise<{ accountId: string; principalArn: string } | null> {
  if (accessKeyId.startsWith("ASIA")) {
    const s = await db.stsSession.findUnique({ where: { accessKeyId }, select: { accountId: true, principalArn: true } });
    return s ? { accountId: s.accountId, principalArn: s.principalArn } : null;
  }
  const key = await db.accessKey.findUnique({ where: { id: accessKeyId }, include: { user: { select: { arn: true } } } });
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
  const row = {
    time: sqlDate(new Date()),
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
  };
  // Every wire call writes one row, committed before the answer leaves (the Query core awaits this
  // hook): an answered call is never missing from the log, even after kill -9. The row joins the
  // current group commit, so the wait is one shared commit, not one per call.
  await directInsert("ActivityEvent", row);
}

// The CloudTrail-like activity log: every call, console or wire, allowed or not.
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import type { AwsError } from "@/lib/errors";
import { withoutNul } from "@/lib/data/activity";

export async function recordActivity(e: {
  caller: Caller;
  action: string;
  resource?: string;
  requestId: string;
  source: "console" | "api";
  error?: AwsError;
}): Promise<void> {
  await db.activityEvent.create({
    data: {
      accountId: e.caller.accountId,
      principalArn: e.caller.arn,
      action: e.action,
      resource: withoutNul(e.resource ?? ""),
      result: e.error ? "Failure" : "Success",
      errorCode: e.error?.code,
      errorMessage: withoutNul(e.error?.message),
      sourceIp: e.caller.sourceIp,
      userAgent: withoutNul(e.caller.userAgent?.slice(0, 512)),
      requestId: e.requestId,
      source: e.source,
    },
  });
}

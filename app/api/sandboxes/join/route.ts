// "Join a sandbox" (SANDBOX_MODE=multi, training spec §6): the browser that posts a sandbox's one-time
// join code becomes its owner (its httpOnly lab_learner cookie, never a header or body field). Same-origin
// JSON only (the console's CSRF gate). A wrong, expired or used code: one 400 answer; too many from one
// address (the address server.ts stamped, never X-Forwarded-For): 400 Throttling.
import { NextResponse, type NextRequest } from "next/server";
import { labLearner } from "@/lib/api/lab-learner";
import { csrfRefusal } from "@/lib/api/request-guards";
import { notOnThisServer, sandboxErrorResponse } from "@/lib/api/sandbox-route";
import { AwsError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/bounded-body";
import { CLIENT_IP_HEADER, stampedClientAddress } from "@/lib/net/stamped-address";
import { JOIN_MESSAGES } from "@/lib/sandbox/join";
import { joinWithCode } from "@/lib/sandbox/learner-sandboxes";
import { isMultiSandbox } from "@/lib/sandbox/mode";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<NextResponse> {
  const refused = csrfRefusal("POST", request.headers);
  if (refused) return sandboxErrorResponse(refused);
  try {
    if (!isMultiSandbox()) throw notOnThisServer();
    const body = (await readJsonBody(request, 4096)) as { code?: unknown } | null;
    const learner = await labLearner();
    const outcome = await joinWithCode(body?.code, learner, stampedClientAddress(request.headers.get(CLIENT_IP_HEADER)));
    if (!outcome.ok) throw new AwsError(outcome.error === "THROTTLED" ? "Throttling" : "InvalidInput", JOIN_MESSAGES[outcome.error]);
    return NextResponse.json({ sandbox: outcome.sandbox });
  } catch (e) {
    return sandboxErrorResponse(e);
  }
}

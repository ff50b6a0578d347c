// The instructor's sign-in and sign-out (SANDBOX_MODE=multi, lib/sandbox/instructor.ts). POST { token }:
// the server's instructor token, compared in constant time and throttled per client address, sets the
// httpOnly lab_instructor cookie; DELETE clears it. Same-origin JSON only; 404 in single mode.
import { NextResponse, type NextRequest } from "next/server";
import { clearInstructorCookie, setInstructorCookie, signInInstructor } from "@/lib/api/instructor-session";
import { csrfRefusal } from "@/lib/api/request-guards";
import { notOnThisServer, sandboxErrorResponse } from "@/lib/api/sandbox-route";
import { AwsError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/bounded-body";
import { CLIENT_IP_HEADER, stampedClientAddress } from "@/lib/net/stamped-address";
import { INSTRUCTOR_MESSAGES } from "@/lib/sandbox/instructor-sign-in";
import { isMultiSandbox } from "@/lib/sandbox/mode";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<NextResponse> {
  const refused = csrfRefusal("POST", request.headers);
  if (refused) return sandboxErrorResponse(refused);
  try {
    if (!isMultiSandbox()) throw notOnThisServer();
    const body = (await readJsonBody(request, 4096)) as { token?: unknown } | null;
    const outcome = await signInInstructor(body?.token, stampedClientAddress(request.headers.get(CLIENT_IP_HEADER)));
    if (!outcome.ok) throw new AwsError(outcome.error === "THROTTLED" ? "Throttling" : "AccessDenied", INSTRUCTOR_MESSAGES[outcome.error]);
    await setInstructorCookie(outcome.token);
    return NextResponse.json({ ok: true });
  } catch (e) {
    return sandboxErrorResponse(e);
  }
}

export async function DELETE(request: NextRequest): Promise<NextResponse> {
  const refused = csrfRefusal("DELETE", request.headers);
  if (refused) return sandboxErrorResponse(refused);
  try {
    if (!isMultiSandbox()) throw notOnThisServer();
    await clearInstructorCookie();
    return NextResponse.json({ ok: true });
  } catch (e) {
    return sandboxErrorResponse(e);
  }
}

// The learner's sandboxes on a training server (SANDBOX_MODE=multi, training spec §6). Not a console
// route: a learner starts a sandbox before any account exists to sign in to, so the only identity
// here is the httpOnly lab_learner cookie (lib/api/lab-learner.ts), never a header or body field.
// GET lists the learner's sandboxes with their credentials; POST (same-origin JSON only, the
// console's CSRF gate) starts a new one. In single mode there is nothing to list or start.
import { NextResponse, type NextRequest } from "next/server";
import { labLearner } from "@/lib/api/lab-learner";
import { csrfRefusal } from "@/lib/api/request-guards";
import { AwsError } from "@/lib/errors";
import { newRequestId } from "@/lib/ids";
import { isMultiSandbox } from "@/lib/sandbox/mode";
import { sandboxesOf, startSandbox } from "@/lib/sandbox/learner-sandboxes";
import { SandboxError, SANDBOXES_PER_LEARNER } from "@/lib/sandbox/provision";
import { isStoreUnavailable, serviceUnavailable } from "@/lib/store-unavailable";

export const dynamic = "force-dynamic";

function errorResponse(e: unknown): NextResponse {
  const requestId = newRequestId();
  if (e instanceof SandboxError) {
    const status = e.code === "NotFound" ? 404 : 409;
    return NextResponse.json({ error: { code: e.code, message: e.message, requestId } }, { status });
  }
  const err = e instanceof AwsError ? e : isStoreUnavailable(e) ? serviceUnavailable() : null;
  if (err) return NextResponse.json({ error: { code: err.code, message: err.message, requestId } }, { status: err.status });
  console.error("sandboxes route failed", e);
  return NextResponse.json({ error: { code: "InternalFailure", message: "The request could not be completed.", requestId } }, { status: 500 });
}

export async function GET(): Promise<NextResponse> {
  try {
    if (!isMultiSandbox()) return NextResponse.json({ mode: "single", limit: 0, sandboxes: [] });
    const learner = await labLearner();
    return NextResponse.json({ mode: "multi", limit: SANDBOXES_PER_LEARNER, sandboxes: await sandboxesOf(learner) });
  } catch (e) {
    return errorResponse(e);
  }
}

export async function POST(request: NextRequest): Promise<NextResponse> {
  const refused = csrfRefusal("POST", request.headers);
  if (refused) return errorResponse(refused);
  try {
    if (!isMultiSandbox()) {
      throw new AwsError("InvalidInput", "This server runs the one demo sandbox (SANDBOX_MODE=single): there is no sandbox to start.");
    }
    const learner = await labLearner();
    return NextResponse.json({ sandbox: await startSandbox(learner) }, { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}

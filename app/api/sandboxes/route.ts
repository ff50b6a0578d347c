// The learner's sandboxes on a training server (SANDBOX_MODE=multi, training spec §6). Not a console
// route: a learner starts a sandbox before any account exists to sign in to, so the only identity
// here is the httpOnly lab_learner cookie (lib/api/lab-learner.ts), never a header or body field.
// GET lists the learner's sandboxes with their credentials; POST (same-origin JSON only, the
// console's CSRF gate) starts a new one. In single mode there is nothing to list or start.
import { NextResponse, type NextRequest } from "next/server";
import { labLearner } from "@/lib/api/lab-learner";
import { csrfRefusal } from "@/lib/api/request-guards";
import { sandboxErrorResponse } from "@/lib/api/sandbox-route";
import { AwsError } from "@/lib/errors";
import { isMultiSandbox } from "@/lib/sandbox/mode";
import { sandboxesOf, startSandbox } from "@/lib/sandbox/learner-sandboxes";
import { SANDBOXES_PER_LEARNER } from "@/lib/sandbox/provision";

export const dynamic = "force-dynamic";

export async function GET(): Promise<NextResponse> {
  try {
    if (!isMultiSandbox()) return NextResponse.json({ mode: "single", limit: 0, sandboxes: [] });
    const learner = await labLearner();
    return NextResponse.json({ mode: "multi", limit: SANDBOXES_PER_LEARNER, sandboxes: await sandboxesOf(learner) });
  } catch (e) {
    return sandboxErrorResponse(e);
  }
}

export async function POST(request: NextRequest): Promise<NextResponse> {
  const refused = csrfRefusal("POST", request.headers);
  if (refused) return sandboxErrorResponse(refused);
  try {
    if (!isMultiSandbox()) {
      throw new AwsError("InvalidInput", "This server runs the one demo sandbox (SANDBOX_MODE=single): there is no sandbox to start.");
    }
    const learner = await labLearner();
    return NextResponse.json({ sandbox: await startSandbox(learner) }, { status: 201 });
  } catch (e) {
    return sandboxErrorResponse(e);
  }
}

// The instructor's view of a training server (SANDBOX_MODE=multi, training spec §6): GET every sandbox
// (learner, accounts, created, last used, lab progress); POST { learner } makes a sandbox for a learner
// by name with a one-time join code (the API twin of `npm run sandbox:new`, for classroom scripts with
// `Authorization: Bearer <instructor token>`). Instructor only (lib/api/sandbox-route.ts).
import { NextResponse } from "next/server";
import { instructorRoute } from "@/lib/api/sandbox-route";
import { AwsError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/bounded-body";
import { isLearnerName } from "@/lib/sandbox/classroom";
import { roster, startForLearner } from "@/lib/sandbox/learner-sandboxes";

export const dynamic = "force-dynamic";

export const GET = instructorRoute(async () => NextResponse.json({ sandboxes: await roster() }));

export const POST = instructorRoute(async (req) => {
  const body = (await readJsonBody(req, 4096)) as { learner?: unknown } | null;
  const learner = typeof body?.learner === "string" ? body.learner.trim() : body?.learner;
  if (!isLearnerName(learner)) {
    throw new AwsError("ValidationError", "1 validation error detected: Value at 'learner' failed to satisfy constraint: 1-64 letters, digits, . _ @ -", { field: "learner" });
  }
  return NextResponse.json(await startForLearner(learner), { status: 201 });
});

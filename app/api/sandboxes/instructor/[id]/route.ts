// The instructor's Delete of a sandbox (its accounts, entities, activity and trail, in one
// transaction: lib/sandbox/provision.ts deleteSandbox). Instructor only (lib/api/sandbox-route.ts).
import { NextResponse } from "next/server";
import { instructorRoute } from "@/lib/api/sandbox-route";
import { removeSandbox } from "@/lib/sandbox/learner-sandboxes";

export const dynamic = "force-dynamic";

export const DELETE = instructorRoute(async (_req, { id }) => {
  await removeSandbox(id);
  return NextResponse.json({ ok: true });
});

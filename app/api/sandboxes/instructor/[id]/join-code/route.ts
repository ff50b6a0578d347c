// A new one-time join code for a sandbox (its learner lost the code, or moves to another browser):
// any earlier code stops working; the browser that redeems this one becomes the owner. Instructor only.
import { NextResponse } from "next/server";
import { instructorRoute } from "@/lib/api/sandbox-route";
import { newJoinCodeFor } from "@/lib/sandbox/learner-sandboxes";

export const dynamic = "force-dynamic";

export const POST = instructorRoute(async (_req, { id }) => NextResponse.json(await newJoinCodeFor(id), { status: 201 }));

// IAM Roles Anywhere's REST-JSON URIs below the wire endpoint (/api/aws/trustanchors, /api/aws/sessions…)
// when Next serves the wire (`npm run dev`); server.ts answers them itself in production.
import { createAwsEndpoint } from "@/lib/wire/endpoint";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const handler = createAwsEndpoint();

export const GET = handler;
export const POST = handler;
export const PATCH = handler;
export const DELETE = handler;

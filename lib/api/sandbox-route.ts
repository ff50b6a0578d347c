import "server-only";
// The training server's own JSON routes (app/api/sandboxes/**): not console routes (nobody is signed in
// to an account before a sandbox exists), so they render errors here, as the console does
// ({ error: { code, message, requestId } }, never a stack), and the instructor's routes pass one gate.
import { NextResponse } from "next/server";
import { csrfRefusal } from "@/lib/api/request-guards";
import { instructorProof } from "@/lib/api/instructor-session";
import { AwsError } from "@/lib/errors";
import { deniedByRule } from "@/lib/authz/access-denied";
import { newRequestId } from "@/lib/ids";
import { isMultiSandbox } from "@/lib/sandbox/mode";
import { SandboxError } from "@/lib/sandbox/provision";
import { isStoreUnavailable, serviceUnavailable } from "@/lib/store-unavailable";

export function sandboxErrorResponse(e: unknown): NextResponse {
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

/** Single mode has one demo sandbox and no instructor view: the routes do not exist there. */
export function notOnThisServer(): SandboxError {
  return new SandboxError("NotFound", "This server runs the one demo sandbox (SANDBOX_MODE=single): there is no classroom here.");
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * An instructor-only route: 404 in single mode, 403 AccessDenied to anyone without the instructor's
 * cookie or bearer token (before any lookup), and the CSRF gate for a cookie's mutations (a bearer
 * token is never sent by a browser on its own, so a script's call needs no Origin).
 */
export function instructorRoute(handler: (req: Request, params: Record<string, string>) => Promise<NextResponse>) {
  return async (req: Request, ctx: RouteContext): Promise<NextResponse> => {
    try {
      if (!isMultiSandbox()) throw notOnThisServer();
      const proof = await instructorProof();
      if (!proof) throw deniedByRule("Only the instructor can do this: sign in on /sandboxes/instructor with the instructor token.");
      if (proof === "cookie") {
        const refused = csrfRefusal(req.method, req.headers);
        if (refused) throw refused;
      }
      const params = ctx?.params ? await ctx.params : {};
      return await handler(req, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v])));
    } catch (e) {
      return sandboxErrorResponse(e);
    }
  };
}

import "server-only";
// One wrapper for every console JSON route: resolve the caller (getCaller), validate params and body
// with zod, run the domain function, render AwsError as { error: { code, message, requestId } },
// and record the call in the activity log. Anything unexpected is logged and becomes a generic 500.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCaller } from "@/lib/auth/get-caller";
import type { Caller } from "@/lib/authz/caller";
import { AwsError, isAwsError } from "@/lib/errors";
import { newRequestId } from "@/lib/ids";
import { recordActivity } from "@/lib/activity";
import { readJsonBody } from "@/lib/http/bounded-body";

interface Handler<P, Q, B> {
  /** The IAM action this route performs, for the activity log ("iam:ListUsers"). */
  action: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  handler: (args: { caller: Caller; params: P; query: Q; body: B; requestId: string }) => Promise<unknown>;
  /** The resource the activity log names, once the inputs are known. */
  resource?: (args: { caller: Caller; params: P; query: Q; body: B }) => string;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

function zodToAws(error: z.ZodError): AwsError {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || "input";
  return new AwsError("ValidationError", `1 validation error detected: Value at '${field}' failed to satisfy constraint: ${issue?.message ?? "invalid"}`, { field });
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown): T {
  if (!schema) return undefined as T;
  const r = schema.safeParse(value);
  if (!r.success) throw zodToAws(r.error);
  return r.data;
}

export function withConsoleApi<P = undefined, Q = undefined, B = undefined>(h: Handler<P, Q, B>) {
  return async (req: NextRequest, ctx: RouteContext): Promise<NextResponse> => {
    const requestId = newRequestId();
    const caller = await getCaller();
    if (!caller) {
      return NextResponse.json({ error: { code: "Unauthenticated", message: "Sign in to continue.", requestId } }, { status: 401 });
    }
    let resource = "";
    try {
      const params = parse(h.params, ctx?.params ? await ctx.params : {});
      const query = parse(h.query, Object.fromEntries(req.nextUrl.searchParams));
      let rawBody: unknown = undefined;
      if (h.body) {
        // Capped read: a huge body is refused (413 RequestEntityTooLarge) instead of buffered.
        rawBody = await readJsonBody(req);
      }
      const body = parse(h.body, rawBody);
      resource = h.resource?.({ caller, params, query, body }) ?? "";
      const result = await h.handler({ caller, params, query, body, requestId });
      await recordActivity({ caller, action: h.action, resource, requestId, source: "console" });
      return NextResponse.json(result ?? { ok: true });
    } catch (e) {
      const err = isAwsError(e) ? e : null;
      if (!err) console.error(`[${requestId}] ${h.action} failed`, e);
      const shown = err ?? new AwsError("ServiceFailure", "An internal error occurred. Try again.");
      await recordActivity({ caller, action: h.action, resource, requestId, source: "console", error: shown }).catch(() => undefined);
      return NextResponse.json(
        { error: { code: shown.code, message: shown.message, requestId, details: shown.details } },
        { status: shown.status },
      );
    }
  };
}

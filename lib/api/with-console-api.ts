import "server-only";
// One wrapper for every console JSON route: refuse cross-origin or non-JSON mutations (CSRF),
// resolve the caller (getCaller), validate params, query and body (well-formed text, then zod),
// run the domain function, render AwsError as { error: { code, message, requestId } }, and record
// the call in the activity log. Anything unexpected is logged and becomes a generic 500, or a 503 when the
// store is away (lib/store-unavailable.ts).
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCaller } from "@/lib/auth/get-caller";
import { decisionOf } from "@/lib/authz/access-denied";
import { encodedMessageOf } from "@/lib/authz/decoded-message";
import type { Caller } from "@/lib/authz/caller";
import { AwsError, isAwsError } from "@/lib/errors";
import { newRequestId } from "@/lib/ids";
import { recordActivity } from "@/lib/activity";
import { noteSandboxUse } from "@/lib/sandbox/ownership";
import { consoleTrailCall, type ConsoleTrail } from "@/lib/cloudtrail/console-call";
import { trailError, writeTrailCalls } from "@/lib/cloudtrail/console-trail";
import { readJsonBody } from "@/lib/http/bounded-body";
import { isStoreUnavailable, outageSummary, serviceUnavailable } from "@/lib/store-unavailable";
import { assertWellFormed, csrfRefusal } from "./request-guards";
import { serverNow } from "@/lib/server-now";

interface Handler<P, Q, B> {
  /** The IAM action this route performs, for the activity log ("iam:ListUsers"). */
  action: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  handler: (args: { caller: Caller; params: P; query: Q; body: B; requestId: string }) => Promise<unknown>;
  /** The resource the activity log names, once the inputs are known. */
  resource?: (args: { caller: Caller; params: P; query: Q; body: B }) => string;
  /**
   * The CloudTrail record (lib/cloudtrail/console-call.ts): what the route knows of the API call it
   * stands for — its input, its result, its real name under an umbrella action. By default the
   * record has the action's name and the route's path parameters. `false`: the route records its
   * own events (Switch role writes SwitchRole and its AssumeRole pair). `result` is absent when the
   * call failed, and `error` then says why (a request of several calls names the one refused). A list
   * records one call each (an empty list falls back to the default).
   */
  trail?: false | ((args: { caller: Caller; params: P; query: Q; body: B; result?: unknown; error?: AwsError }) => ConsoleTrail | ConsoleTrail[]);
  /**
   * `false`: a platform read the console polls (the lab panel every 3 s) writes no activity row,
   * so the log keeps the learner's own calls rather than thousands of polls. Failures are still recorded.
   */
  activity?: false;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

function zodToAws(error: z.ZodError): AwsError {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || "input";
  return new AwsError("ValidationError", `1 validation error detected: Value at '${field}' failed to satisfy constraint: ${issue?.message ?? "invalid"}`, { field });
}

/**
 * A disclosed policy denial also carries its encoded authorization failure message, for the alert's
 * "Why?" panel to offer (sts:DecodeAuthorizationMessage reads it). Sealed here, not in the one
 * AccessDenied factory, so that wire denials (whose IAM and STS texts carry no encoded message on
 * AWS either) pay nothing for it.
 */
function detailsOf(err: AwsError): Record<string, unknown> | undefined {
  const decision = decisionOf(err);
  if (!decision || !err.details?.explanation) return err.details;
  return { ...err.details, encodedMessage: encodedMessageOf(decision) };
}

function errorResponse(err: AwsError, requestId: string): NextResponse {
  return NextResponse.json({ error: { code: err.code, message: err.message, requestId, details: detailsOf(err) } }, { status: err.status });
}

/** The JSON body (capped read: a huge body is refused with 413 instead of buffered), well-formed before zod or the domain sees it. */
async function readWellFormedBody(req: NextRequest): Promise<unknown> {
  const body = await readJsonBody(req);
  assertWellFormed(body, "body");
  return body;
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown): T {
  if (!schema) return undefined as T;
  const r = schema.safeParse(value);
  if (!r.success) throw zodToAws(r.error);
  return r.data;
}

/**
 * An exception no domain code turned into an AwsError, logged once: a lost or locked store is a
 * 503 ServiceUnavailable (one line, no stack), anything else a 500 ServiceFailure (with its stack).
 * The body never carries either.
 */
function unexpected(e: unknown, action: string, requestId: string): AwsError {
  if (isStoreUnavailable(e)) {
    console.error(`[${requestId}] ${action}: database unavailable:`, outageSummary(e));
    return serviceUnavailable();
  }
  console.error(`[${requestId}] ${action} failed`, e);
  return new AwsError("ServiceFailure", "An internal error occurred. Try again.");
}

/** A route's own `trail` that throws loses its record, never the response. */
function trailLost(e: unknown): void {
  console.error("cloudtrail: a console call's record could not be built:", e instanceof Error ? e.message : e);
}

export function withConsoleApi<P = undefined, Q = undefined, B = undefined>(h: Handler<P, Q, B>) {
  return async (req: NextRequest, ctx: RouteContext): Promise<NextResponse> => {
    const requestId = newRequestId();
    // Before the session is even read: a forged request must change nothing and learn nothing.
    const refused = csrfRefusal(req.method, req.headers);
    if (refused) return errorResponse(refused, requestId);
    let caller: Caller | null;
    try {
      // Reads the session's principal from the store: an outage here is a 503 like any other.
      caller = await getCaller();
    } catch (e) {
      return errorResponse(unexpected(e, h.action, requestId), requestId);
    }
    if (!caller) {
      return NextResponse.json({ error: { code: "Unauthenticated", message: "Sign in to continue.", requestId } }, { status: 401 });
    }
    const principal: Caller = caller;
    noteSandboxUse(caller.accountId);
    let resource = "";
    const at = serverNow();
    // Filled as the request is understood; a request refused before its inputs parse is recorded with none.
    let inputs: { params: P; query: Q; body: B } | undefined;
    // Async, so that even a route's own `trail` throwing becomes a rejection the caller drops.
    const trail = async (result: unknown, error?: AwsError): Promise<void> => {
      const { trail: describe } = h;
      if (describe === false) return;
      const described = describe && inputs ? describe({ caller: principal, ...inputs, result, error }) : undefined;
      // A request that makes several calls (attach three policies) records each; a failed one, its first [INF].
      const list = Array.isArray(described) ? (error ? described.slice(0, 1) : described) : [described];
      const each = list.length > 0 ? list : [undefined];
      const failure = error ? trailError(error) : undefined;
      const common = { action: h.action, caller: principal, requestId, at, pathname: req.nextUrl.pathname, params: inputs?.params, failure };
      const calls = each.flatMap((one) => consoleTrailCall({ ...common, trail: one }) ?? []);
      if (calls.length > 0) await writeTrailCalls(calls);
    };
    try {
      const rawParams = ctx?.params ? await ctx.params : {};
      assertWellFormed(rawParams, "path");
      const rawQuery = Object.fromEntries(req.nextUrl.searchParams);
      assertWellFormed(rawQuery, "query");
      const params = parse(h.params, rawParams);
      const query = parse(h.query, rawQuery);
      const body = parse(h.body, h.body ? await readWellFormedBody(req) : undefined);
      inputs = { params, query, body };
      resource = h.resource?.({ caller, params, query, body }) ?? "";
      const result = await h.handler({ caller, params, query, body, requestId });
      if (h.activity !== false) await recordActivity({ caller, action: h.action, resource, requestId, source: "console" });
      await trail(result).catch(trailLost);
      // A download (CSV, JSON file) answers with its own response; everything else is JSON.
      return result instanceof NextResponse ? result : NextResponse.json(result ?? { ok: true });
    } catch (e) {
      const shown = isAwsError(e) ? e : unexpected(e, h.action, requestId);
      await recordActivity({ caller, action: h.action, resource, requestId, source: "console", error: shown }).catch(() => undefined);
      await trail(undefined, shown).catch(trailLost);
      return errorResponse(shown, requestId);
    }
  };
}

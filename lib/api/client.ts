// Browser-side fetcher for the console JSON API. Errors carry the AWS code, so UI branches on the
// code (AccessDenied → the access-denied alert), never on message text.
import type { AwsErrorCode } from "@/lib/errors";
import { sessionInPath, sessionPath } from "@/lib/auth/session-url";

export interface ApiErrorBody {
  code: AwsErrorCode | "Unauthenticated";
  message: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = "ApiError";
  }
  get code() {
    return this.body.code;
  }
}

/**
 * A call from a multi-session tab (its page is at /s/<id>/…) goes to the same session's API, so it
 * acts as the tab's identity whichever session another tab uses (lib/auth/session-url.ts).
 */
function inThisTab(path: string): string {
  return typeof window === "undefined" ? path : sessionPath(sessionInPath(window.location.pathname)?.id, path);
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  const res = await fetch(inThisTab(path), {
    method,
    // The server refuses any change not sent as JSON (its CSRF gate), bodiless DELETE/POST included.
    headers: method === "GET" || method === "HEAD" ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : null;
  if (!res.ok) {
    const err = (json as { error?: ApiErrorBody } | null)?.error;
    throw new ApiError(res.status, err ?? { code: "ServiceFailure", message: `Request failed (${res.status})` });
  }
  return json as T;
}

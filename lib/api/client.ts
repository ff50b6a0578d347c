// Browser-side fetcher for the console JSON API. Errors carry the AWS code, so UI branches on the
// code (AccessDenied → the access-denied alert), never on message text.
import type { AwsErrorCode } from "@/lib/errors";

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

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  const res = await fetch(path, {
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

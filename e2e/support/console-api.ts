// The console JSON API driven without a browser (Playwright's `request` fixture): sign-in through
// next-auth's own endpoints, and calls carrying what the console's fetch client sends (same-origin
// Origin, JSON content type), so they pass the server's CSRF gate like the real console does.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { consoleRoutes as routeFiles, dynamicSegments } from "./console-routes";
import { SANDBOX } from "./sign-in";

/** The server's own origin, as the browser would send it in `Origin`. */
export function ownOrigin(baseURL: string | undefined): string {
  return new URL(baseURL ?? "http://localhost:3100").origin;
}

/** Signs `request` in as an IAM user through next-auth's credentials flow (CSRF token included). */
export async function signInApi(request: APIRequestContext, userName = "admin", password: string = SANDBOX.adminPassword, account: string = SANDBOX.identity) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, type: "iam", account, userName, password, json: "true" },
    maxRedirects: 0,
  });
  expect(res.status(), await res.text()).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as { identity?: { name?: string } };
  expect(session.identity?.name).toBe(userName);
}

export interface ConsoleCall {
  method: string;
  path: string;
  /** A value to send as JSON, or raw text (sent as is, still labelled application/json). */
  body?: unknown;
  raw?: string;
}

/** One console API call as the console itself makes it: JSON, from the server's own origin. */
export function consoleFetch(request: APIRequestContext, baseURL: string | undefined, call: ConsoleCall): Promise<APIResponse> {
  const bodiless = call.method === "GET" || call.method === "HEAD";
  return request.fetch(call.path, {
    method: call.method,
    headers: bodiless ? {} : { "content-type": "application/json", origin: ownOrigin(baseURL) },
    data: bodiless ? undefined : (call.raw ?? JSON.stringify(call.body ?? {})),
    maxRedirects: 0,
  });
}

export interface ConsoleRoute {
  /** e.g. `/api/console/roles/[name]/tags` */
  pattern: string;
  params: string[];
  methods: string[];
  /** Field names its zod schemas declare (`userName: z.string()…`), for inputs that reach deeper. */
  fields: string[];
}

const WRAPPER_KEYS = new Set(["params", "query", "body"]);

/** Every console route (support/console-routes.ts reads the route files) with its params and schema field names. */
export function consoleRoutes(): ConsoleRoute[] {
  return routeFiles().map(({ template, methods }) => {
    const source = readFileSync(path.join(process.cwd(), "app", template, "route.ts"), "utf8");
    const fields = [...new Set([...source.matchAll(/\b([A-Za-z_]\w*)\s*:\s*(?:z\.|Z[A-Z])/g)].map((m) => m[1]))].filter((f) => !WRAPPER_KEYS.has(f));
    return { pattern: template, params: dynamicSegments(template).map(([, name]) => name), methods, fields };
  });
}

/** The route's path with each `[param]` replaced by `fill(param)`, inserted as is (bad escapes included). */
export function fillRoute(pattern: string, fill: (param: string) => string): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_, p: string) => fill(p));
}

import { afterEach, describe, expect, it, vi } from "vitest";
import { apiFetch } from "./client";

function stubFetch() {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response("{}", { status: 200 });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe("apiFetch", () => {
  it("sends Content-Type: application/json on every change, bodiless DELETE and POST included (the server's CSRF gate needs it)", async () => {
    const calls = stubFetch();
    await apiFetch("/api/console/roles/r", { method: "DELETE" });
    await apiFetch("/api/console/roles/r/revoke-sessions", { method: "POST" });
    await apiFetch("/api/console/roles", { body: { roleName: "r" } });
    for (const { init } of calls) expect(new Headers(init.headers).get("content-type")).toBe("application/json");
  });

  it("sends no Content-Type on reads", async () => {
    const calls = stubFetch();
    await apiFetch("/api/console/roles");
    expect(new Headers(calls[0].init.headers).get("content-type")).toBeNull();
  });
});

describe("apiFetch in a multi-session tab", () => {
  it("calls the API in the tab's own session (/s/<id>/api/…), and unprefixed elsewhere", async () => {
    const calls = stubFetch();
    vi.stubGlobal("window", { location: { pathname: "/s/bbbb2222/iam/roles/r1" } });
    await apiFetch("/api/console/roles");
    vi.stubGlobal("window", { location: { pathname: "/iam/roles" } });
    await apiFetch("/api/console/roles");
    expect(calls.map((c) => c.url)).toEqual(["/s/bbbb2222/api/console/roles", "/api/console/roles"]);
  });
});

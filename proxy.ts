// Next's proxy (Next 16's name for middleware): keeps each multi-session tab in its own session
// (lib/auth/session-routing.ts has the rules, lib/auth/session-url.ts the URL scheme). It runs before
// every page, action and console API call; the session id it hands on is read from the URL only,
// after removing any copy of its header the client sent.
import { NextResponse, type NextRequest } from "next/server";
import { routeSession } from "@/lib/auth/session-routing";
import { ACTIVE_SESSION_COOKIE, MULTI_SESSION_COOKIE, SESSION_HEADER } from "@/lib/auth/session-url";

export function proxy(req: NextRequest) {
  const headers = new Headers(req.headers);
  headers.delete(SESSION_HEADER);
  const route = routeSession({
    method: req.method,
    pathname: req.nextUrl.pathname,
    search: req.nextUrl.search,
    referer: req.headers.get("referer"),
    fetchSite: req.headers.get("sec-fetch-site"),
    multiSession: req.cookies.get(MULTI_SESSION_COOKIE)?.value === "on",
    activeId: req.cookies.get(ACTIVE_SESSION_COOKIE)?.value,
  });
  if (route.kind === "redirect") {
    // 307 keeps the method and, for the router's RSC fetches, its headers. Next sends a same-origin
    // Location relative, so the browser stays on whatever host name or address it used.
    return NextResponse.redirect(new URL(route.location, req.url), 307);
  }
  if (route.kind === "rewrite") {
    headers.set(SESSION_HEADER, route.id);
    const target = req.nextUrl.clone();
    target.pathname = route.path;
    return NextResponse.rewrite(target, { request: { headers } });
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Not the build's static files; everything else, so no request reaches a page with a forged header.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

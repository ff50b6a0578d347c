// Multi-session tabs: `/s/<id>/<path>` is served as `/<path>` in session <id>; with multi-session on,
// an unprefixed console page asked for from a session tab goes back into that tab's URL space (so a
// link or redirect never moves a tab to another identity), and an unprefixed API call from it acts as
// it; single-session mode passes everything through untouched.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html [INF: page recalled]
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeSession, type RequestFacts } from "./session-routing";
import { CONSOLE_SECTIONS, consolePathOf, isConsolePage, sessionInPath, sessionPath } from "./session-url";

const A = "aaaa1111";
const B = "bbbb2222";
const facts = (over: Partial<RequestFacts>): RequestFacts => ({
  method: "GET",
  pathname: "/iam/roles",
  search: "",
  referer: null,
  fetchSite: "same-origin",
  multiSession: true,
  activeId: A,
  ...over,
});

describe("session URLs", () => {
  it("splits /s/<id>/<path> and nothing else", () => {
    expect(sessionInPath(`/s/${B}/iam/roles/r1`)).toEqual({ id: B, path: "/iam/roles/r1" });
    expect(sessionInPath(`/s/${B}`)).toBeNull();
    expect(sessionInPath(`/s/${B}/`)).toBeNull();
    expect(sessionInPath("/s/BBBB2222/iam")).toBeNull();
    expect(sessionInPath("/s/short/iam")).toBeNull();
    expect(sessionInPath("/iam/s/bbbb2222/x")).toBeNull();
    expect(consolePathOf(`/s/${B}/settings`)).toBe("/settings");
    expect(consolePathOf("/settings")).toBe("/settings");
  });

  it("prefixes a path only for a well-formed id and a same-origin path", () => {
    expect(sessionPath(B, "/iam")).toBe(`/s/${B}/iam`);
    expect(sessionPath(null, "/iam")).toBe("/iam");
    expect(sessionPath("../x", "/iam")).toBe("/iam");
    expect(sessionPath(B, "//evil.example/")).toBe("//evil.example/");
  });

  it("names every section of app/(console) as a console page, and sign-in as none", () => {
    const dirs = readdirSync(path.join(process.cwd(), "app/(console)"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect([...CONSOLE_SECTIONS]).toEqual(dirs);
    expect(isConsolePage("/iam")).toBe(true);
    expect(isConsolePage("/iamx")).toBe(false);
    expect(isConsolePage("/signin")).toBe(false);
    expect(isConsolePage("/api/console/roles")).toBe(false);
  });
});

describe("routeSession", () => {
  it("serves a tab's URL as the console path in that session, in either mode", () => {
    expect(routeSession(facts({ pathname: `/s/${B}/iam/roles` }))).toEqual({ kind: "rewrite", path: "/iam/roles", id: B });
    expect(routeSession(facts({ pathname: `/s/${B}/api/console/roles`, method: "POST" }))).toEqual({ kind: "rewrite", path: "/api/console/roles", id: B });
    // Single-session: the server finds no such session and answers the sign-in page / 401.
    expect(routeSession(facts({ pathname: `/s/${B}/iam`, multiSession: false }))).toEqual({ kind: "rewrite", path: "/iam", id: B });
  });

  it("keeps a page asked for from a session tab in that tab, query included", () => {
    const r = routeSession(facts({ pathname: "/iam/roles", search: "?_rsc=1x2y", referer: `http://localhost:3000/s/${B}/iam` }));
    expect(r).toEqual({ kind: "redirect", location: `/s/${B}/iam/roles?_rsc=1x2y` });
  });

  it("opens a page asked for outside any tab in the browser's default session", () => {
    expect(routeSession(facts({ referer: null, fetchSite: "none" }))).toEqual({ kind: "redirect", location: `/s/${A}/iam/roles` });
    expect(routeSession(facts({ referer: "http://localhost:3000/iam" }))).toEqual({ kind: "redirect", location: `/s/${A}/iam/roles` });
    // No usable default: served as is (the server falls back to the first session).
    expect(routeSession(facts({ activeId: "../../x" }))).toEqual({ kind: "pass" });
  });

  it("ignores the Referer of a request the browser does not call same-origin", () => {
    const r = routeSession(facts({ referer: `https://evil.example/s/${B}/iam`, fetchSite: "cross-site" }));
    expect(r).toEqual({ kind: "redirect", location: `/s/${A}/iam/roles` });
    expect(routeSession(facts({ pathname: "/api/console/roles", referer: `https://evil.example/s/${B}/iam`, fetchSite: "cross-site" }))).toEqual({ kind: "pass" });
  });

  it("serves an unprefixed console API call from a session tab as that tab", () => {
    const r = routeSession(facts({ pathname: "/api/console/cloudtrail/download", referer: `http://localhost:3000/s/${B}/cloudtrail/event-history` }));
    expect(r).toEqual({ kind: "rewrite", path: "/api/console/cloudtrail/download", id: B });
  });

  it("leaves sign-in, auth, the wire API, page POSTs and single-session mode alone", () => {
    const tab = `http://localhost:3000/s/${B}/iam`;
    for (const pathname of ["/signin", "/api/auth/session", "/api/aws", "/api/sessions/adopt", "/sandboxes", `/s/${B}`]) {
      expect(routeSession(facts({ pathname, referer: tab }))).toEqual({ kind: "pass" });
    }
    expect(routeSession(facts({ method: "POST", referer: tab }))).toEqual({ kind: "pass" });
    expect(routeSession(facts({ multiSession: false, referer: tab }))).toEqual({ kind: "pass" });
    expect(routeSession(facts({ multiSession: false, pathname: "/api/console/roles", referer: tab }))).toEqual({ kind: "pass" });
  });
});

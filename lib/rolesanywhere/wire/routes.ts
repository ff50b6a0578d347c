// The Roles Anywhere REST-JSON operations (rolesanywhere 2018-05-10 model): HTTP method and URI →
// operation, its success status, and how its members are read. CRLs: this sandbox has none, so the
// list is empty and an id names nothing (as for an account without CRLs); ImportCrl is refused [INF].
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_Operations.html
import type { Caller } from "@/lib/authz/caller";
import * as ra from "../index";
import { authorizeAccountAction, authorizeRa } from "../authorized";
import { checkId, pageCursor, raArn, validation } from "../common";
import { optBool, optInt, optObject, optString, optStrings, optTags, queryInt } from "./input";

export interface RouteInput {
  labels: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

export interface Route {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** The model's requestUri, `{label}` for a URI member. */
  uri: string;
  operation: string;
  status: number;
  run: (caller: Caller, input: RouteInput) => Promise<object>;
}

const list = (q: URLSearchParams) => ({ nextToken: q.get("nextToken") ?? undefined, pageSize: queryInt(q, "pageSize") });

function source(body: Record<string, unknown>): ra.TrustAnchorSource | undefined {
  const s = optObject(body, "source");
  if (!s) return undefined;
  const data = optObject(s, "sourceData");
  return {
    sourceType: optString(s, "sourceType"),
    sourceData: data ? { x509CertificateData: optString(data, "x509CertificateData"), acmPcaArn: optString(data, "acmPcaArn") } : undefined,
  };
}

/** CRL operations on an id: decided on the CRL's ARN, then not found (the sandbox holds no CRLs). */
async function noCrl(caller: Caller, action: string, crlId: string): Promise<never> {
  checkId("crlId", crlId);
  await authorizeRa<{ arn: string }>(caller, action, raArn(caller.accountId, "crl", crlId), null);
  throw new Error("unreachable: authorizeRa throws for a missing CRL");
}

const trustAnchor = (detail: ra.TrustAnchorDetail) => ({ trustAnchor: detail });
const profile = (detail: ra.ProfileDetail) => ({ profile: detail });

export const ROUTES: Route[] = [
  // Trust anchors
  {
    method: "POST",
    uri: "/trustanchors",
    operation: "CreateTrustAnchor",
    status: 201,
    run: async (c, { body }) =>
      trustAnchor(await ra.createTrustAnchor(c, { name: optString(body, "name")!, source: source(body)!, enabled: optBool(body, "enabled"), tags: optTags(body) })),
  },
  { method: "GET", uri: "/trustanchors", operation: "ListTrustAnchors", status: 200, run: (c, { query }) => ra.listTrustAnchors(c, list(query)) },
  { method: "GET", uri: "/trustanchor/{trustAnchorId}", operation: "GetTrustAnchor", status: 200, run: async (c, { labels }) => trustAnchor(await ra.getTrustAnchor(c, labels.trustAnchorId)) },
  {
    method: "PATCH",
    uri: "/trustanchor/{trustAnchorId}",
    operation: "UpdateTrustAnchor",
    status: 200,
    run: async (c, { labels, body }) => trustAnchor(await ra.updateTrustAnchor(c, { trustAnchorId: labels.trustAnchorId, name: optString(body, "name"), source: source(body) })),
  },
  { method: "DELETE", uri: "/trustanchor/{trustAnchorId}", operation: "DeleteTrustAnchor", status: 200, run: async (c, { labels }) => trustAnchor(await ra.deleteTrustAnchor(c, labels.trustAnchorId)) },
  { method: "POST", uri: "/trustanchor/{trustAnchorId}/enable", operation: "EnableTrustAnchor", status: 200, run: async (c, { labels }) => trustAnchor(await ra.enableTrustAnchor(c, labels.trustAnchorId)) },
  { method: "POST", uri: "/trustanchor/{trustAnchorId}/disable", operation: "DisableTrustAnchor", status: 200, run: async (c, { labels }) => trustAnchor(await ra.disableTrustAnchor(c, labels.trustAnchorId)) },
  // Profiles
  {
    method: "POST",
    uri: "/profiles",
    operation: "CreateProfile",
    status: 201,
    run: async (c, { body }) =>
      profile(
        await ra.createProfile(c, {
          name: optString(body, "name")!,
          roleArns: optStrings(body, "roleArns")!,
          managedPolicyArns: optStrings(body, "managedPolicyArns"),
          sessionPolicy: optString(body, "sessionPolicy"),
          durationSeconds: optInt(body, "durationSeconds"),
          enabled: optBool(body, "enabled"),
          requireInstanceProperties: optBool(body, "requireInstanceProperties"),
          acceptRoleSessionName: optBool(body, "acceptRoleSessionName"),
          tags: optTags(body),
        }),
      ),
  },
  { method: "GET", uri: "/profiles", operation: "ListProfiles", status: 200, run: (c, { query }) => ra.listProfiles(c, list(query)) },
  { method: "GET", uri: "/profile/{profileId}", operation: "GetProfile", status: 200, run: async (c, { labels }) => profile(await ra.getProfile(c, labels.profileId)) },
  {
    method: "PATCH",
    uri: "/profile/{profileId}",
    operation: "UpdateProfile",
    status: 200,
    run: async (c, { labels, body }) =>
      profile(
        await ra.updateProfile(c, {
          profileId: labels.profileId,
          name: optString(body, "name"),
          roleArns: optStrings(body, "roleArns"),
          managedPolicyArns: optStrings(body, "managedPolicyArns"),
          sessionPolicy: optString(body, "sessionPolicy"),
          durationSeconds: optInt(body, "durationSeconds"),
          acceptRoleSessionName: optBool(body, "acceptRoleSessionName"),
        }),
      ),
  },
  { method: "DELETE", uri: "/profile/{profileId}", operation: "DeleteProfile", status: 200, run: async (c, { labels }) => profile(await ra.deleteProfile(c, labels.profileId)) },
  { method: "POST", uri: "/profile/{profileId}/enable", operation: "EnableProfile", status: 200, run: async (c, { labels }) => profile(await ra.enableProfile(c, labels.profileId)) },
  { method: "POST", uri: "/profile/{profileId}/disable", operation: "DisableProfile", status: 200, run: async (c, { labels }) => profile(await ra.disableProfile(c, labels.profileId)) },
  // Subjects
  { method: "GET", uri: "/subjects", operation: "ListSubjects", status: 200, run: (c, { query }) => ra.listSubjects(c, list(query)) },
  { method: "GET", uri: "/subject/{subjectId}", operation: "GetSubject", status: 200, run: async (c, { labels }) => ({ subject: await ra.getSubject(c, labels.subjectId) }) },
  // Tags
  {
    method: "POST",
    uri: "/TagResource",
    operation: "TagResource",
    status: 201,
    run: (c, { body }) => ra.tagResource(c, { resourceArn: optString(body, "resourceArn")!, tags: optTags(body)! }),
  },
  {
    method: "POST",
    uri: "/UntagResource",
    operation: "UntagResource",
    status: 200,
    run: (c, { body }) => ra.untagResource(c, { resourceArn: optString(body, "resourceArn")!, tagKeys: optStrings(body, "tagKeys")! }),
  },
  { method: "GET", uri: "/ListTagsForResource", operation: "ListTagsForResource", status: 200, run: (c, { query }) => ra.listTagsForResource(c, query.get("resourceArn")!) },
  // CRLs: none in this sandbox.
  {
    method: "GET",
    uri: "/crls",
    operation: "ListCrls",
    status: 200,
    run: async (c, { query }) => {
      pageCursor(list(query));
      await authorizeAccountAction(c, "rolesanywhere:ListCrls");
      return { crls: [] };
    },
  },
  {
    method: "POST",
    uri: "/crls",
    operation: "ImportCrl",
    status: 201,
    run: async (c) => {
      await authorizeAccountAction(c, "rolesanywhere:ImportCrl");
      throw validation("Certificate revocation lists are not supported in this sandbox.");
    },
  },
  { method: "GET", uri: "/crl/{crlId}", operation: "GetCrl", status: 200, run: (c, { labels }) => noCrl(c, "rolesanywhere:GetCrl", labels.crlId) },
  { method: "PATCH", uri: "/crl/{crlId}", operation: "UpdateCrl", status: 200, run: (c, { labels }) => noCrl(c, "rolesanywhere:UpdateCrl", labels.crlId) },
  { method: "DELETE", uri: "/crl/{crlId}", operation: "DeleteCrl", status: 200, run: (c, { labels }) => noCrl(c, "rolesanywhere:DeleteCrl", labels.crlId) },
  { method: "POST", uri: "/crl/{crlId}/enable", operation: "EnableCrl", status: 200, run: (c, { labels }) => noCrl(c, "rolesanywhere:EnableCrl", labels.crlId) },
  { method: "POST", uri: "/crl/{crlId}/disable", operation: "DisableCrl", status: 200, run: (c, { labels }) => noCrl(c, "rolesanywhere:DisableCrl", labels.crlId) },
];

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
}

const COMPILED: Compiled[] = ROUTES.map((route) => {
  const names: string[] = [];
  const source = route.uri.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
});

/** The route for a method and path (the path below the endpoint's own), with its decoded URI labels. */
export function matchRoute(method: string, path: string): { route: Route; labels: Record<string, string> } | { methodNotAllowed: true } | null {
  let pathMatched = false;
  for (const c of COMPILED) {
    const m = c.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (c.route.method !== method) continue;
    const labels: Record<string, string> = {};
    c.names.forEach((name, i) => {
      try {
        labels[name] = decodeURIComponent(m[i + 1]);
      } catch {
        labels[name] = m[i + 1];
      }
    });
    return { route: c.route, labels };
  }
  return pathMatched ? { methodNotAllowed: true } : null;
}

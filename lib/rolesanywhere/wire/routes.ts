// The Roles Anywhere REST-JSON operations (rolesanywhere 2018-05-10 model): HTTP method and URI →
// operation, its success status, and how its members are read. The CRL operations are ./crl-routes.ts.
// The installed CLI's model predates PutNotificationSettings, ResetNotificationSettings,
// PutAttributeMapping and DeleteAttributeMapping: their URIs are the API reference's.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_Operations.html
import type { Caller } from "@/lib/authz/caller";
import * as ra from "../index";
import { CRL_ROUTES } from "./crl-routes";
import { optBool, optInt, optObject, optObjects, optString, optStrings, optTags } from "./input";
import { listInput, resourceRoutes } from "./resource-routes";

export interface RouteInput {
  labels: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

export interface Route {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The model's requestUri, `{label}` for a URI member. */
  uri: string;
  operation: string;
  status: number;
  run: (caller: Caller, input: RouteInput) => Promise<object>;
}

function source(body: Record<string, unknown>): ra.TrustAnchorSource | undefined {
  const s = optObject(body, "source");
  if (!s) return undefined;
  const data = optObject(s, "sourceData");
  return {
    sourceType: optString(s, "sourceType"),
    sourceData: data ? { x509CertificateData: optString(data, "x509CertificateData"), acmPcaArn: optString(data, "acmPcaArn") } : undefined,
  };
}

/** A NotificationSetting list member by member (each an object with event, enabled, channel?, threshold?). */
function notificationSettings(body: Record<string, unknown>, member: string): ra.NotificationSetting[] | undefined {
  return optObjects(body, member)?.map((s) => ({ event: optString(s, "event")!, enabled: optBool(s, "enabled")!, channel: optString(s, "channel"), threshold: optInt(s, "threshold") }));
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
      trustAnchor(
        await ra.createTrustAnchor(c, {
          name: optString(body, "name")!,
          source: source(body)!,
          enabled: optBool(body, "enabled"),
          tags: optTags(body),
          notificationSettings: notificationSettings(body, "notificationSettings"),
        }),
      ),
  },
  {
    method: "PATCH",
    uri: "/trustanchor/{trustAnchorId}",
    operation: "UpdateTrustAnchor",
    status: 200,
    run: async (c, { labels, body }) => trustAnchor(await ra.updateTrustAnchor(c, { trustAnchorId: labels.trustAnchorId, name: optString(body, "name"), source: source(body) })),
  },
  {
    method: "PATCH",
    uri: "/put-notifications-settings",
    operation: "PutNotificationSettings",
    status: 200,
    run: async (c, { body }) =>
      trustAnchor(await ra.putNotificationSettings(c, { trustAnchorId: optString(body, "trustAnchorId")!, notificationSettings: notificationSettings(body, "notificationSettings")! })),
  },
  {
    method: "PATCH",
    uri: "/reset-notifications-settings",
    operation: "ResetNotificationSettings",
    status: 200,
    run: async (c, { body }) =>
      trustAnchor(
        await ra.resetNotificationSettings(c, {
          trustAnchorId: optString(body, "trustAnchorId")!,
          notificationSettingKeys: optObjects(body, "notificationSettingKeys")?.map((k) => ({ event: optString(k, "event")!, channel: optString(k, "channel") })) as ra.NotificationSettingKey[],
        }),
      ),
  },
  ...resourceRoutes("TrustAnchor", trustAnchor, { list: ra.listTrustAnchors, get: ra.getTrustAnchor, remove: ra.deleteTrustAnchor, enable: ra.enableTrustAnchor, disable: ra.disableTrustAnchor }),
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
  {
    method: "PUT",
    uri: "/profiles/{profileId}/mappings",
    operation: "PutAttributeMapping",
    status: 200,
    run: async (c, { labels, body }) =>
      profile(
        await ra.putAttributeMapping(c, {
          profileId: labels.profileId,
          certificateField: optString(body, "certificateField"),
          mappingRules: optObjects(body, "mappingRules")?.map((r) => ({ specifier: optString(r, "specifier")! })),
        }),
      ),
  },
  {
    method: "DELETE",
    uri: "/profiles/{profileId}/mappings",
    operation: "DeleteAttributeMapping",
    status: 200,
    run: async (c, { labels, query }) =>
      profile(
        await ra.deleteAttributeMapping(c, {
          profileId: labels.profileId,
          certificateField: query.get("certificateField") ?? undefined,
          specifiers: query.has("specifiers") ? query.getAll("specifiers") : undefined,
        }),
      ),
  },
  ...resourceRoutes("Profile", profile, { list: ra.listProfiles, get: ra.getProfile, remove: ra.deleteProfile, enable: ra.enableProfile, disable: ra.disableProfile }),
  // Subjects
  { method: "GET", uri: "/subjects", operation: "ListSubjects", status: 200, run: (c, { query }) => ra.listSubjects(c, listInput(query)) },
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
  ...CRL_ROUTES,
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

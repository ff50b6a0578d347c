// The help panel's content: every topic cites the AWS page it is written from, every local "Learn
// more" names a topic that exists, and every console page opens a topic from its Info link.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HELP_TOPICS, topicForPath } from "./topics";

const REQUIRED = [
  "roles", "create-role", "create-role-service", "create-role-account", "create-role-web-identity", "create-role-saml",
  "create-role-custom", "create-role-permissions", "create-role-review", "role-summary", "role-trust", "role-permissions",
  "role-session-duration", "role-tags", "users", "groups", "policies", "identity-providers", "switch-role",
  "account-settings", "event-history", "policy-simulator", "access-graph",
];

describe("help topics", () => {
  it("cover the pages and fields the console explains", () => {
    expect(REQUIRED.filter((id) => !HELP_TOPICS.has(id))).toEqual([]);
  });

  it("each cites an AWS documentation page and links only to topics that exist", () => {
    for (const t of HELP_TOPICS.values()) {
      expect(t.source, t.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(t.paragraphs.length, t.id).toBeGreaterThan(0);
      for (const l of t.learnMore) {
        expect(Boolean(l.topic) !== Boolean(l.href), `${t.id}: ${l.label} is a topic or an AWS page`).toBe(true);
        if (l.topic) expect(HELP_TOPICS.has(l.topic), `${t.id} → ${l.topic}`).toBe(true);
        if (l.href) expect(l.href, `${t.id}: ${l.label}`).toMatch(/^https:\/\//);
      }
    }
  });

  it("give every console page a topic of its own", () => {
    const root = path.resolve(import.meta.dirname, "../../app/(console)");
    const pages = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => path.basename(f) === "page.tsx")
      .map((f) => "/" + path.dirname(f).split(path.sep).filter((s) => s !== ".").map((s) => (s.startsWith("[") ? "x" : s)).join("/"));
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((p) => !topicForPath(p))).toEqual([]);
  });

  it("picks the most specific topic for a path", () => {
    expect(topicForPath("/iam/roles")).toBe("roles");
    expect(topicForPath("/iam/roles/create")).toBe("create-role");
    expect(topicForPath("/iam/roles/Admin")).toBe("role-summary");
    expect(topicForPath("/iam/roles/Admin/edit-trust-policy")).toBe("role-trust");
    expect(topicForPath("/iam/policies/create")).toBe("create-policy");
    expect(topicForPath("/cloudtrail/event-history/abc")).toBe("event-history");
    expect(topicForPath("/iam")).toBe("dashboard");
    expect(topicForPath("/rolesanywhere/home")).toBe("roles-anywhere");
    expect(topicForPath("/rolesanywhere/trust-anchors/create")).toBe("ra-create-trust-anchor");
    expect(topicForPath("/rolesanywhere/trust-anchors/x")).toBe("ra-trust-anchors");
    expect(topicForPath("/rolesanywhere/profiles/create")).toBe("ra-create-profile");
    expect(topicForPath("/rolesanywhere/subjects/x")).toBe("ra-subjects");
  });
});

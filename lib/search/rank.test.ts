// The top search's ranking and grouping (AWS's unified search: Features, then Resources, best first).
import { describe, expect, it } from "vitest";
import { FEATURES } from "./features";
import { matchScore, rankSearch, resourceHref, type SearchResource } from "./rank";

const RESOURCES: SearchResource[] = [
  { kind: "role", name: "AdminRole" },
  { kind: "role", name: "ReadOnlyAdmin" },
  { kind: "role", name: "Admin" },
  { kind: "user", name: "alice" },
  { kind: "group", name: "Admins" },
  { kind: "policy", name: "AdministratorAccess", arn: "arn:aws:iam::aws:policy/AdministratorAccess", awsManaged: true },
  { kind: "policy", name: "AdminPolicy", arn: "arn:aws:iam::111111111111:policy/team/AdminPolicy" },
  { kind: "identity-provider", name: "token.actions.githubusercontent.com", arn: "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com" },
];

describe("matchScore", () => {
  it("ranks exact over prefix over word start over substring, and 0 for no match", () => {
    expect(matchScore("Admin", "admin")).toBe(100);
    expect(matchScore("AdminRole", "admin")).toBe(80);
    expect(matchScore("ReadOnlyAdmin", "admin")).toBe(60);
    expect(matchScore("my-admin", "admin")).toBe(60);
    expect(matchScore("sysadmin", "admin")).toBe(40);
    expect(matchScore("alice", "admin")).toBe(0);
    expect(matchScore("alice", "   ")).toBe(0);
  });
});

describe("rankSearch", () => {
  it("finds nothing for an empty query", () => {
    expect(rankSearch("  ", FEATURES, RESOURCES)).toEqual({ features: [], resources: [] });
  });

  it("orders resources best first, the account's own before AWS managed at the same score", () => {
    const { resources } = rankSearch("admin", FEATURES, RESOURCES);
    expect(resources.map((r) => r.label)).toEqual(["Admin", "Admins", "AdminRole", "AdminPolicy", "AdministratorAccess", "ReadOnlyAdmin"]);
    expect(resources.find((r) => r.label === "AdministratorAccess")?.description).toBe("AWS managed policy");
    expect(resources.find((r) => r.label === "AdminPolicy")?.description).toBe("Customer managed policy");
    expect(resources.find((r) => r.label === "Admins")?.description).toBe("IAM user group");
  });

  it("finds console pages by title and by the words people use for them", () => {
    expect(rankSearch("Access graph", FEATURES, [])).toEqual({
      features: [{ label: "Access graph", href: "/iam/access-graph", description: "IAM feature" }],
      resources: [],
    });
    expect(rankSearch("password policy", FEATURES, []).features[0].label).toBe("Account settings");
    expect(rankSearch("cloudtrail", FEATURES, []).features[0].href).toBe("/cloudtrail/event-history");
    // A title match outranks a keyword match: "role" is Roles' keyword, and the title of others.
    expect(rankSearch("roles", FEATURES, []).features.map((f) => f.label)).toEqual(["Roles", "IAM Roles Anywhere"]);
  });

  it("caps each group", () => {
    const many = Array.from({ length: 30 }, (_, i): SearchResource => ({ kind: "role", name: `role-${i}` }));
    expect(rankSearch("role", FEATURES, many, { features: 2, resources: 3 })).toMatchObject({ features: { length: 2 }, resources: { length: 3 } });
  });
});

describe("resourceHref", () => {
  it("links each kind to its console page", () => {
    expect(resourceHref({ kind: "role", name: "a b" })).toBe("/iam/roles/a%20b");
    expect(resourceHref({ kind: "user", name: "alice" })).toBe("/iam/users/alice");
    expect(resourceHref({ kind: "group", name: "Devs" })).toBe("/iam/groups/Devs");
    expect(resourceHref(RESOURCES[5])).toBe("/iam/policies/details/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAdministratorAccess");
    expect(resourceHref(RESOURCES[7])).toBe("/iam/identity-providers/oidc-provider/token.actions.githubusercontent.com");
  });
});

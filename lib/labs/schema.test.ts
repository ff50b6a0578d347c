// loadLab(): every lab in the registry loads; the rules a zod shape cannot say fail with the lab and field named.
import { describe, expect, it } from "vitest";
import { LAB_MODULES } from "@/labs";
import { loadLab } from "./schema";
import type { LabDefinition } from "./types";

const minimal = (): LabDefinition => ({
  id: "demo",
  version: 1,
  title: "Demo",
  level: "Fundamental",
  track: "Fundamentals",
  minutes: 5,
  concepts: [],
  seeds: ["000"],
  goal: "g",
  lessonLearned: "l",
  startUrl: "/iam/roles",
  setup: {},
  actors: [],
  steps: [
    {
      id: "one",
      title: "One",
      body: "Role in {{acct.workload}}",
      checks: [{ id: "exists", kind: "entity", label: "x", entity: "role", name: "R" }],
      hints: [],
      solution: { console: [], cli: [] },
    },
  ],
});

describe("loadLab", () => {
  it("loads every lab of the registry", () => {
    expect(LAB_MODULES.length).toBeGreaterThan(0);
    for (const lab of LAB_MODULES) expect(loadLab(lab).id).toBe(lab.id);
  });

  it("accepts a minimal lab", () => {
    expect(loadLab(minimal()).id).toBe("demo");
  });

  it("refuses a bad shape, naming the field", () => {
    const lab = { ...minimal(), level: "Expert" };
    expect(() => loadLab(lab)).toThrow(/lab demo: level/);
    const typo = { ...minimal(), stpes: [] };
    expect(() => loadLab(typo)).toThrow(/stpes|Unrecognized/);
  });

  it("refuses duplicate check ids, nested ones included", () => {
    const lab = minimal();
    lab.steps[0].checks.push({ id: "both", kind: "all", label: "y", of: [{ id: "exists", kind: "entity", label: "z", entity: "user", name: "u" }] });
    expect(() => loadLab(lab)).toThrow(/check id "exists" is used twice/);
  });

  it("refuses an after-window naming no check", () => {
    const lab = minimal();
    lab.steps[0].checks.push({ id: "later", kind: "event", label: "e", eventName: "AssumeRole", result: "Success", window: { after: "nope" } });
    expect(() => loadLab(lab)).toThrow(/window after "nope" names no check/);
  });

  it("refuses unknown placeholders, undeclared keys, values and accounts", () => {
    const bad = (body: string) => {
      const lab = minimal();
      lab.steps[0].body = body;
      return () => loadLab(lab);
    };
    expect(bad("{{acct.vendor}}")).toThrow(/no account "vendor"/);
    expect(bad("{{keys.ci.id}}")).toThrow(/no access key "ci"/);
    expect(bad("{{externalId}}")).toThrow(/unknown placeholder \{\{externalId\}\}/);
    expect(bad("{{user.alice.name}}")).toThrow(/unknown placeholder/);
    const lab = minimal();
    lab.steps[0].checks[0] = { id: "exists", kind: "entity", label: "x", entity: "role", name: "R", account: "vendor" };
    expect(() => loadLab(lab)).toThrow(/account "vendor" is not declared/);
  });

  it("accepts what setup declares: accounts, keys, values, saved sessions", () => {
    const lab = minimal();
    lab.setup = {
      accounts: [{ key: "vendor", name: "MonitorCo", inOrganization: false }],
      accessKeys: [{ name: "ci", user: "ci-bot" }],
      values: { externalId: "{{random}}", "externalId.mallory": "mallory-1" },
      calls: [{ as: { user: "admin", account: "vendor" }, service: "sts", action: "AssumeRole", params: { RoleArn: "{{role.workload.R.arn}}", RoleSessionName: "s" }, saveSessionAs: "attacker" }],
    };
    lab.actors = [{ id: "attacker", label: "A", description: "{{keys.ci.id}} {{externalId.mallory}}", calls: [{ as: { session: "attacker" }, service: "iam", action: "ListUsers" }] }];
    lab.steps[0].body = "{{acct.vendor}} {{values.externalId}} {{keys.ci.secret}} {{user.vendor.admin.arn}}";
    expect(loadLab(lab).id).toBe("demo");
    lab.actors[0].calls = [{ as: { session: "nobody" }, service: "iam", action: "ListUsers" }];
    expect(() => loadLab(lab)).toThrow(/session "nobody" is not saved/);
  });
});

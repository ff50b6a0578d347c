// The clock columns lib/db.ts fills under SANDBOX_CLOCK must be exactly the schema's: a new
// `@default(now())` or `@updatedAt` column left out would keep the real date in a demo.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { NOW_DEFAULTS, UPDATED_AT, withServerClock } from "./clock-defaults";

function columns(marker: RegExp): Record<string, string[]> {
  const schema = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
  const out: Record<string, string[]> = {};
  for (const m of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = m[2].split("\n").filter((l) => marker.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    if (fields.length) out[m[1]] = fields;
  }
  return out;
}

describe("clock defaults", () => {
  const saved = process.env.SANDBOX_CLOCK;
  afterEach(() => {
    if (saved === undefined) delete process.env.SANDBOX_CLOCK;
    else process.env.SANDBOX_CLOCK = saved;
  });

  it("lists every @default(now()) and @updatedAt column of prisma/schema.prisma", () => {
    expect(NOW_DEFAULTS).toEqual(columns(/@default\(now\(\)\)/));
    expect(UPDATED_AT).toEqual(columns(/@updatedAt/));
  });

  it("leaves writes alone without SANDBOX_CLOCK", () => {
    delete process.env.SANDBOX_CLOCK;
    const args = { data: { name: "r" } };
    expect(withServerClock("Role", "create", args)).toBe(args);
  });

  it("fills the columns a write leaves to the database from the server's clock, and keeps given ones", () => {
    process.env.SANDBOX_CLOCK = "2026-01-15T10:00:00Z";
    const given = new Date("2020-01-01T00:00:00Z");
    const created = withServerClock("ManagedPolicy", "create", { data: { name: "p", updatedAt: given } }) as { data: { createdAt: Date; updatedAt: Date } };
    expect(created.data.createdAt.toISOString().slice(0, 10)).toBe("2026-01-15");
    expect(created.data.updatedAt).toBe(given);
    const many = withServerClock("Role", "createMany", { data: [{ name: "a" }, { name: "b" }] }) as { data: { createdAt: Date }[] };
    expect(many.data.map((d) => d.createdAt.toISOString().slice(0, 10))).toEqual(["2026-01-15", "2026-01-15"]);
    const upsert = withServerClock("LabAttempt", "upsert", { where: {}, create: {}, update: {} }) as { create: { updatedAt: Date }; update: { updatedAt: Date } };
    expect(upsert.update.updatedAt.toISOString().slice(0, 10)).toBe("2026-01-15");
    expect(withServerClock("Role", "findMany", { where: {} })).toEqual({ where: {} });
  });
});

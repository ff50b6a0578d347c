// The drift check on the store this run uses (PostgreSQL when TEST_DATABASE_URL is set): the committed
// migrations match their schema, and a migrations folder missing its latest migration is caught.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testPostgresUrl } from "@/lib/testing/sandbox-db";
import { diffStatus } from "./check-migrations";

const tmp = mkdtempSync(path.join(tmpdir(), "migrations-check-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pg = testPostgresUrl();
const target = pg
  ? { provider: "PostgreSQL", migrations: path.join("prisma", "postgres", "migrations"), schema: path.join("prisma", "postgres", "schema.prisma"), url: pg }
  : { provider: "SQLite", migrations: path.join("prisma", "migrations"), schema: path.join("prisma", "schema.prisma"), url: `file:${path.join(tmp, "check.db")}` };

describe(`migrations drift check (${target.provider})`, () => {
  it("passes the committed migrations", () => {
    expect(diffStatus(target).status).toBe(0);
  }, 90_000);

  it("fails when the latest migration is missing", () => {
    const partial = path.join(tmp, "migrations");
    cpSync(target.migrations, partial, { recursive: true });
    const latest = readdirSync(partial).filter((d) => /^\d+_/.test(d)).sort().at(-1)!;
    rmSync(path.join(partial, latest), { recursive: true });
    expect(diffStatus({ ...target, migrations: partial }).status).toBe(2);
  }, 90_000);
});

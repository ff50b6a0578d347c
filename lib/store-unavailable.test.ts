// The classifier on real failures, as each driver raises them: a PostgreSQL server that refuses
// connections (through Prisma's PrismaPg adapter and through a raw pg Pool) or accepts them and
// then says nothing, a SQLite file locked by another connection past the busy timeout, a read-only
// SQLite connection asked to write — and ordinary failures (a unique violation, a bug) that must
// stay 500s.
import { mkdtempSync } from "node:fs";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { AwsError } from "@/lib/errors";
import { isStoreUnavailable, serviceUnavailable } from "./store-unavailable";
import { freePort } from "@/lib/testing/free-port";

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
}

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

describe("isStoreUnavailable", () => {
  it("knows a PostgreSQL server that refuses connections, through Prisma and through pg", async () => {
    const url = `postgresql://postgres@127.0.0.1:${await freePort()}/none`;
    const prisma = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) });
    cleanup.push(() => prisma.$disconnect());
    expect(isStoreUnavailable(await rejection(prisma.user.count()))).toBe(true);
    expect(isStoreUnavailable(await rejection(prisma.$queryRawUnsafe("SELECT 1")))).toBe(true);
    expect(isStoreUnavailable(await rejection(prisma.$transaction(async (tx) => tx.user.count())))).toBe(true);

    const pool = new pg.Pool({ connectionString: url });
    cleanup.push(() => pool.end());
    expect(isStoreUnavailable(await rejection(pool.query("SELECT 1")))).toBe(true);
  });

  it("gives up on a PostgreSQL server that accepts connections but never answers (lib/db's connect timeout)", async () => {
    // A host that stopped answering (a hung server, a dropped route): the socket opens, then silence.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    cleanup.push(() => {
      sockets.forEach((s) => s.destroy());
      return new Promise<void>((resolve) => silent.close(() => resolve()));
    });
    process.env.DATABASE_CONNECT_TIMEOUT_MS = "300";
    const { createDb } = await import("@/lib/db");
    const prisma = createDb(`postgresql://postgres@127.0.0.1:${(silent.address() as AddressInfo).port}/none`);
    cleanup.push(() => prisma.$disconnect());
    const started = Date.now();
    expect(isStoreUnavailable(await rejection(prisma.user.count()))).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("knows a SQLite file locked past the busy timeout, and a store that went read-only", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "store-unavailable-")), "t.db");
    const holder = new Database(file);
    holder.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)");
    cleanup.push(() => void holder.close());

    const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 20 }) });
    cleanup.push(() => prisma.$disconnect());
    holder.exec("BEGIN EXCLUSIVE");
    expect(isStoreUnavailable(await rejection(prisma.$executeRawUnsafe("INSERT INTO t (name) VALUES ('a')")))).toBe(true);
    holder.exec("ROLLBACK");

    const readOnly = new Database(file, { readonly: true });
    cleanup.push(() => void readOnly.close());
    let thrown: unknown;
    try {
      readOnly.exec("INSERT INTO t (name) VALUES ('b')");
    } catch (e) {
      thrown = e;
    }
    expect(isStoreUnavailable(thrown)).toBe(true);

    // A duplicate is the caller's mistake (or a race the domain code answers), not an outage.
    await prisma.$executeRawUnsafe("INSERT INTO t (name) VALUES ('c')");
    expect(isStoreUnavailable(await rejection(prisma.$executeRawUnsafe("INSERT INTO t (name) VALUES ('c')")))).toBe(false);
  });

  it("leaves bugs and AWS errors alone", () => {
    expect(isStoreUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isStoreUnavailable(new AwsError("NoSuchEntity", "The role with name X cannot be found."))).toBe(false);
    expect(isStoreUnavailable(undefined)).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isStoreUnavailable(loop)).toBe(false);
  });

  it("answers AWS's common 503 (https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html)", () => {
    const err = serviceUnavailable();
    expect([err.code, err.status, err.type, err.message]).toEqual([
      "ServiceUnavailable",
      503,
      "Receiver",
      "The request has failed due to a temporary failure of the server.",
    ]);
  });
});

// The one place that decides where the database lives: DATABASE_URL when set (a `file:` SQLite path
// or a `postgresql://` server), otherwise the embedded SQLite file under data/. Shared by
// prisma.config.ts, the runtime client and scripts.
import path from "node:path";

export const DATA_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.SANDBOX_DATA_DIR ?? path.join(process.cwd(), "data"));

export type Provider = "sqlite" | "postgresql";

/** An absolute `file:` URL: the SQLite adapter resolves relative paths against the cwd. */
export function databaseUrl(): string {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    if (!fromEnv.startsWith("file:")) return fromEnv;
    const file = fromEnv.slice("file:".length);
    return `file:${path.resolve(/*turbopackIgnore: true*/ file)}`;
  }
  return `file:${path.join(DATA_DIR, "sandbox.db")}`;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The store DATABASE_URL names; anything else is refused at start rather than half-working. */
export function databaseProvider(url: string = databaseUrl()): Provider {
  if (isPostgresUrl(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must be a file: (SQLite) or postgresql:// URL, not ${url.split(":")[0]}:…`);
}

export function sqliteFilePath(url: string = databaseUrl()): string {
  return url.slice("file:".length);
}

// The one place that decides where the database lives: DATABASE_URL when set, otherwise the
// embedded SQLite file under data/. Shared by prisma.config.ts, the runtime client and scripts.
import path from "node:path";

export const DATA_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.SANDBOX_DATA_DIR ?? path.join(process.cwd(), "data"));

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

export function sqliteFilePath(url: string = databaseUrl()): string {
  return url.slice("file:".length);
}

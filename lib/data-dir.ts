// The data directory holds secrets in clear (user access key secrets, STS session secrets, TOTP
// seeds in sandbox.db; the auth secret; the OIDC signing key), so only the server's user may read
// it: the directory is 0700 and every file in it 0600, including files left by older versions.
import { chmodSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, databaseUrl, sqliteFilePath } from "./database-url";

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** The directory, created 0700 (and its mode fixed if it already existed). */
export function ensurePrivateDir(dir: string = DATA_DIR): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // A sticky world-writable directory (SANDBOX_DATA_DIR=/tmp) is shared by design: leave it be.
  if ((statSync(dir).mode & 0o1000) === 0) chmodSync(dir, PRIVATE_DIR_MODE);
}

function chmodFile(file: string): void {
  try {
    if (statSync(file).isFile()) chmodSync(file, PRIVATE_FILE_MODE);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
}

/**
 * Makes the data directory private: 0700, its files 0600, and the SQLite file DATABASE_URL names
 * (with its -wal/-shm/-journal) when it lives elsewhere. SQLite gives new -wal/-shm files the
 * database file's mode, so they stay 0600 once the database is.
 */
export function securePrivateData(dir: string = DATA_DIR, url: string = databaseUrl()): void {
  ensurePrivateDir(dir);
  if ((statSync(dir).mode & 0o1000) === 0) {
    for (const entry of readdirSync(dir)) chmodFile(path.join(dir, entry));
  }
  if (url.startsWith("file:")) {
    const db = sqliteFilePath(url);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) chmodFile(db + suffix);
  }
}

// next-auth signs session JWTs with NEXTAUTH_SECRET. A sandbox must start without configuration,
// so when none is set one is generated on first start and kept with the data.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../database-url";
import { ensurePrivateDir, PRIVATE_FILE_MODE } from "../data-dir";

const SECRET_FILE = path.join(DATA_DIR, "auth-secret");

export function ensureAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!existsSync(SECRET_FILE)) {
    // `next build` loads the auth route too, on a fresh clone before any data directory exists.
    ensurePrivateDir(DATA_DIR);
    writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: PRIVATE_FILE_MODE });
  }
  return readFileSync(SECRET_FILE, "utf8").trim();
}

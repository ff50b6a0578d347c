// The data directory holds secrets in clear: `npm start`'s prepare step must leave it readable by
// the server's user only (0700, files 0600), under a permissive umask and for a directory an older
// version created world-readable.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function prepare(dir: string): void {
  // umask 022 is the common default that made sandbox.db 0644.
  execFileSync("sh", ["-c", 'umask 022 && exec "$0" node_modules/tsx/dist/cli.mjs scripts/prepare-data.ts', process.execPath], {
    env: { ...process.env, SANDBOX_DATA_DIR: dir, DATABASE_URL: "", NEXTAUTH_SECRET: "" },
    stdio: "ignore",
  });
}

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

function modes(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, mode(path.join(dir, f))]));
}

describe("prepare-data keeps the data directory private", () => {
  it("creates the directory 0700 and every file 0600", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "iam-modes-")), "data");
    prepare(dir);
    expect(mode(dir)).toBe("700");
    const files = modes(dir);
    expect(files).toHaveProperty("sandbox.db");
    expect(files).toHaveProperty("auth-secret");
    for (const [file, m] of Object.entries(files)) expect([file, m]).toEqual([file, "600"]);
  }, 120_000);

  it("tightens an existing world-readable directory on the next start", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "iam-modes-"));
    prepare(dir);
    writeFileSync(path.join(dir, "sandbox-oidc-key.pem"), "not a key, only its mode matters", { mode: 0o644 });
    chmodSync(path.join(dir, "sandbox.db"), 0o644);
    chmodSync(path.join(dir, "auth-secret"), 0o644);
    chmodSync(dir, 0o755);
    prepare(dir);
    expect(mode(dir)).toBe("700");
    for (const [file, m] of Object.entries(modes(dir))) expect([file, m]).toEqual([file, "600"]);
  }, 120_000);
});

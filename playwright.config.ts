import { defineConfig } from "@playwright/test";
import path from "node:path";

// Playwright drives Debian's Chromium (`npx playwright install` cannot download here) against
// the production server (server.ts) on its own port, with a fresh database in a temporary data directory.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATA_DIR = process.env.E2E_DATA_DIR ?? path.join(process.cwd(), ".e2e-data");

export default defineConfig({
  testDir: "e2e",
  // Needs PostgreSQL: run by playwright.postgres.config.ts.
  testIgnore: ["multi-instance.spec.ts"],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `rm -rf "${DATA_DIR}" && npx tsx scripts/prepare-data.ts && NODE_ENV=production node --import tsx server.ts`,
    url: `http://localhost:${PORT}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { SANDBOX_DATA_DIR: DATA_DIR, PORT: String(PORT), NEXTAUTH_URL: `http://localhost:${PORT}` },
    stdout: "ignore",
    stderr: "pipe",
  },
});

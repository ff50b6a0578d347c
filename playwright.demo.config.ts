import { defineConfig } from "@playwright/test";

// Demos (demos/*.demo.ts, run by `npm run demo`, scripts/demo.ts): the runner starts the sandbox
// server and passes its URL; Debian's Chromium at 1280×720, DPR 1, en-US, UTC, reduced motion.
export default defineConfig({
  testDir: "demos",
  testMatch: "*.demo.ts",
  timeout: 240_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: process.env.DEMO_RESULTS_DIR ?? "test-results/demos",
  use: {
    baseURL: process.env.DEMO_BASE_URL ?? "http://localhost:3000",
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    locale: "en-US",
    timezoneId: "UTC",
    colorScheme: "light",
    reducedMotion: "reduce",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    headless: process.env.DEMO_HEADED !== "1",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      slowMo: Number(process.env.DEMO_SLOW_MS ?? 0) || undefined,
      args: [
        "--no-sandbox",
        ...(process.env.DEMO_HEADED === "1" ? [] : ["--headless"]),
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--font-render-hinting=none",
      ],
    },
  },
});

import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "labs/**/*.test.ts"],
    environment: "node",
    testTimeout: 20000,
    // TEST_DATABASE_URL=postgresql://… runs every suite on PostgreSQL (lib/testing/sandbox-db.ts).
    globalSetup: ["lib/testing/global-setup.ts"],
  },
});

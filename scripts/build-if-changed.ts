// `npm start`'s build step: runs `next build` only when the sources differ from those of the build in
// .next/ (scripts/build-fingerprint.ts). The stamp names the BUILD_ID it vouches for, so a build
// made outside this script (`npm run build`, `npm run test:e2e`) voids it rather than inheriting it.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceFingerprint } from "./build-fingerprint";

const root = process.cwd();
const stampFile = path.join(root, ".next", "source-fingerprint.json");
const buildIdFile = path.join(root, ".next", "BUILD_ID");

interface Stamp {
  fingerprint: string;
  buildId: string;
}

function readOrNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

// Before the build: an edit made while it runs leaves the stamp behind, and the next start rebuilds.
const fingerprint = sourceFingerprint(root);
const stamp = readOrNull(() => JSON.parse(readFileSync(stampFile, "utf8")) as Stamp);
const buildId = readOrNull(() => readFileSync(buildIdFile, "utf8"));

if (stamp && buildId && stamp.buildId === buildId && stamp.fingerprint === fingerprint) {
  console.log("next build skipped: .next was built from these sources (`npm run build` forces one).");
} else {
  rmSync(stampFile, { force: true });
  const build = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const stamped: Stamp = { fingerprint, buildId: readFileSync(buildIdFile, "utf8") };
  writeFileSync(stampFile, JSON.stringify(stamped) + "\n");
}

// What `next build` reads, reduced to one hash: `npm start` rebuilds only when it changes.
// Content hashes, not mtimes: a git checkout or `touch` resets mtimes without changing the build.
// A directory missed here would serve a stale build, one included needlessly only costs a rebuild,
// so top-level directories are in unless listed as never feeding the build.
import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// Outputs, runtime data, tests and tooling; dot-directories (.next, .git, .ci, .e2e-data) too.
// prisma/ reaches the build only through generated/, which is hashed.
const SKIP_DIRS = new Set(["node_modules", "data", "e2e", "demos", "demo-output", "bench", "docs", "deploy", "scripts", "prisma", "test-results", "playwright-report"]);
// Root files the build reads. Others (server.ts, test configs, next-env.d.ts which the build itself
// writes, *.tsbuildinfo which tsc writes) are left out.
const ROOT_FILE = /^(package(-lock)?\.json|tsconfig\.json|(next|postcss|tailwind)\.config\.[cm]?[jt]s|(middleware|proxy|instrumentation(-client)?)\.[jt]sx?|\.env(\..+)?)$/;
const SKIP_FILE = /\.(test|spec)\.[cm]?[jt]sx?$|\.md$/;

function addFile(hash: Hash, file: string, rel: string): void {
  const content = readFileSync(file);
  hash.update(`${rel}\0${content.length}\0`).update(content);
}

function addDir(hash: Hash, dir: string, rel: string): void {
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const stat = statSync(file);
    if (stat.isDirectory()) addDir(hash, file, `${rel}/${name}`);
    else if (stat.isFile() && !SKIP_FILE.test(name)) addFile(hash, file, `${rel}/${name}`);
  }
}

/** Hex SHA-256 of the sources, configuration, lockfile, Node version and build-time env of `root`. */
export function sourceFingerprint(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  // NODE_ENV switches next.config.js; NEXT_PUBLIC_* are inlined into the client bundle.
  const buildEnv = Object.keys(env)
    .filter((k) => k === "NODE_ENV" || k.startsWith("NEXT_PUBLIC_"))
    .sort()
    .map((k) => `${k}=${env[k]}`);
  hash.update(`node ${process.version}\0${buildEnv.join("\0")}\0`);
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(root, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIP_DIRS.has(entry.name)) addDir(hash, file, entry.name);
    } else if (ROOT_FILE.test(entry.name)) addFile(hash, file, entry.name);
  }
  return hash.digest("hex");
}

// `npm start` skips `next build` when the fingerprint matches: a change that reaches the build must
// change it (or a stale console is served), and one that cannot must not (or every start rebuilds).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sourceFingerprint } from "./build-fingerprint";

let root: string;

function write(rel: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "iam-fingerprint-"));
  write("package.json", "{}");
  write("next.config.js", "export default {};");
  write("app/page.tsx", "export default function Page() { return null; }");
  write("lib/policy/eval.ts", "export const allow = false;");
  write("lib/policy/eval.test.ts", "it('x', () => {});");
  write("data/sandbox.db", "rows");
  write("e2e/roles.spec.ts", "test('x', () => {});");
  write("server.ts", "// not part of the Next build");
  write("next-env.d.ts", "/// written by next build");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const env: NodeJS.ProcessEnv = { NODE_ENV: "production" };
const changes = (edit: () => void, withEnv: NodeJS.ProcessEnv = env) => {
  const before = sourceFingerprint(root, env);
  edit();
  return sourceFingerprint(root, withEnv) !== before;
};

describe("sourceFingerprint", () => {
  it("changes with a source file, a new source directory, a config file or a public env variable", () => {
    expect(changes(() => write("lib/policy/eval.ts", "export const allow = true;"))).toBe(true);
    expect(changes(() => write("hooks/use-thing.ts", "export {};"))).toBe(true);
    expect(changes(() => rmSync(path.join(root, "hooks"), { recursive: true }))).toBe(true);
    expect(changes(() => write("next.config.js", "export default { a: 1 };"))).toBe(true);
    expect(changes(() => write(".env.production", "X=1"))).toBe(true);
    expect(changes(() => {}, { ...env, NEXT_PUBLIC_REGION: "eu-west-1" })).toBe(true);
    expect(changes(() => {}, { NODE_ENV: "development" })).toBe(true);
  });

  it("ignores data/, test files, e2e/, files the build writes, runtime env and mtimes", () => {
    expect(changes(() => write("data/sandbox.db", "other rows"))).toBe(false);
    expect(changes(() => write("lib/policy/eval.test.ts", "it('y', () => {});"))).toBe(false);
    expect(changes(() => write("e2e/roles.spec.ts", "test('y', () => {});"))).toBe(false);
    expect(changes(() => write("server.ts", "// edited"))).toBe(false);
    expect(changes(() => write("next-env.d.ts", "/// rewritten"))).toBe(false);
    expect(changes(() => write(".next/BUILD_ID", "abc"))).toBe(false);
    expect(changes(() => {}, { ...env, DATABASE_URL: "file:./other.db" })).toBe(false);
    expect(changes(() => utimesSync(path.join(root, "app/page.tsx"), 0, 0))).toBe(false);
  });
});

// Each start spawns tsx (~0.5 s idle, several seconds on a loaded CI machine).
describe("build-if-changed", { timeout: 60_000 }, () => {
  // A stand-in `next build` that counts its runs and writes a fresh BUILD_ID, as next does.
  const fakeNext = `
    const fs = require("node:fs");
    fs.appendFileSync("builds.log", "x");
    if (fs.existsSync("fail-build")) process.exit(3);
    fs.mkdirSync(".next", { recursive: true });
    fs.writeFileSync(".next/BUILD_ID", String(Math.random()));
  `;
  const start = () =>
    execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), path.resolve("scripts/build-if-changed.ts")], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: "pipe",
    });
  const builds = () => readFileSync(path.join(root, "builds.log"), "utf8").length;

  it("builds once, skips an unchanged tree, rebuilds after an edit or a build it did not stamp", () => {
    write("node_modules/next/dist/bin/next", fakeNext);
    start();
    start();
    expect(builds()).toBe(1);
    write("app/page.tsx", "export default function Page() { return 1; }");
    start();
    expect(builds()).toBe(2);
    write(".next/BUILD_ID", "from a plain `npm run build` of other sources");
    start();
    start();
    expect(builds()).toBe(3);
  });

  it("fails with the build and leaves no stamp, so the next start builds again", () => {
    write("node_modules/next/dist/bin/next", fakeNext);
    start();
    write("app/page.tsx", "broken");
    write("fail-build", "");
    expect(start).toThrow();
    rmSync(path.join(root, "fail-build"));
    write("app/page.tsx", "export default function Page() { return null; }");
    start();
    expect(builds()).toBe(3);
  });
});

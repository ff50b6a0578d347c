// Test support: the repository's source files (.ts and .tsx, tests left out), for the tests that
// hold rules over the source (the one door, the layout, the server clock guard).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The source files below `dir`, as paths from the repository's root ("lib/sts/trust.ts"). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

/** A file's text, by its path from the repository's root. */
export function sourceText(file: string): string {
  return readFileSync(path.join(ROOT, file), "utf8");
}

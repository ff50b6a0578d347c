// Shared by the validator's tests: run a document and locate findings in its text.
import { expect } from "vitest";
import type { Finding, FindingType, PolicyType } from "@/lib/policy/types";
import { validatePolicy, type ValidateOptions } from "./index";

export interface Run { text: string; findings: Finding[] }

export async function run(doc: unknown, type: PolicyType = "identity", opts?: ValidateOptions): Promise<Run> {
  const text = typeof doc === "string" ? doc : JSON.stringify(doc, null, 2);
  return { text, findings: await validatePolicy(text, type, opts) };
}

/** 1-based line/column of the nth occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, nth = 0): { line: number; column: number; offset: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" (#${nth}) not in document`);
  }
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1, offset };
}

/** Asserts one finding with this code and severity, starting at `needle` when given. */
export function expectFinding(r: Run, code: string, severity: FindingType, needle?: string, nth = 0): Finding {
  const matches = r.findings.filter((f) => f.issueCode === code);
  expect(matches.map((f) => f.issueCode), `codes: ${r.findings.map((f) => f.issueCode).join(", ")}`).toContain(code);
  const f = needle === undefined ? matches[0] : matches.find((m) => m.locations[0].span.start.offset === positionOf(r.text, needle, nth).offset);
  expect(f, `no ${code} at ${needle}; got ${JSON.stringify(matches.map((m) => m.locations[0].span.start))}`).toBeDefined();
  expect(f!.findingType).toBe(severity);
  if (needle !== undefined) expect(f!.locations[0].span.start).toEqual(positionOf(r.text, needle, nth));
  return f!;
}

export function codes(r: Run): string[] {
  return r.findings.map((f) => f.issueCode);
}

export const allow = (extra: Record<string, unknown> = {}) => ({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/*", ...extra }],
});

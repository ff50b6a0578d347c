// The check-order table is what the parser does: every step, broken alone, answers one of the step's
// own messages; every two steps broken together answer the earlier step's message. The AWS evidence
// for the order is in the corpus (parse/aws-messages.json, parse/check-order.json); this proves the
// table and the code cannot drift apart.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../index";
import type { ParseResult } from "../types";
import { IAM_CHECK_ORDER, type IamCheckId, type IamUsage } from "./check-order";

type Doc = { Version?: string; Statement: Record<string, unknown>[]; [k: string]: unknown };

function base(usage: IamUsage): Doc {
  const statement = (sid: string) =>
    usage === "trust"
      ? { Sid: sid, Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }
      : { Sid: sid, Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/*" };
  return { Version: "2012-10-17", Statement: [statement("A"), statement("B"), statement("C")] };
}

/** One problem per step, each on its own element so any two combine. `json` breaks the text itself. */
const BREAK: Record<IamCheckId, (d: Doc, usage: IamUsage) => void> = {
  characters: (d) => void (d.Statement[2].Condition = { StringEquals: { "aws:username": "\u0101" } }),
  json: () => {},
  size: (d) => void (d.Statement[0].Condition = { StringEquals: { "aws:username": "x".repeat(7000) } }),
  syntax: (d) => void (d.Extra = 1),
  version: (d) => void delete d.Version,
  legacy: (d) => void (d.Statement[1].Effect = "allow"),
  sid: (d) => void (d.Statement[2].Sid = "A"),
  "actions-present": (d) => void (d.Statement[0].Action = []),
  "trust-no-resource": (d) => void (d.Statement[1].Resource = "*"),
  "resources-present": (d) => void (d.Statement[1].Resource = []),
  principal: (d, usage) => {
    if (usage === "trust") delete d.Statement[2].Principal;
    else d.Statement[2].Principal = { AWS: "111111111111" };
  },
  "resource-format": (d) => void (d.Statement[2].Resource = "a:b:c"),
  "action-format": (d) => void (d.Statement[1].Action = "invalid"),
  "trust-actions": (d) => void (d.Statement[2].Action = "s3:GetObject"),
};

function run(usage: IamUsage, broken: IamCheckId[]): ParseResult {
  const d = base(usage);
  for (const id of broken) BREAK[id](d, usage);
  let text = JSON.stringify(d, null, 2);
  if (broken.includes("json")) text = text.replace(/\}\s*$/, ",}");
  const type = usage === "trust" ? "trust" : "identity";
  return parsePolicy(text, type, { managed: usage === "managed" });
}

const message = (r: ParseResult) => (r.ok ? "ok" : r.error.message);
const fits = (template: string, text: string) =>
  new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/<[^>]+>/g, ".*")}$`).test(text);

describe.each(["managed", "inline", "trust"] as const)("IAM check order (%s)", (usage) => {
  const steps = IAM_CHECK_ORDER.filter((c) => c.appliesTo.includes(usage));

  it("the untouched base document is valid", () => expect(message(run(usage, []))).toBe("ok"));

  it.each(steps.map((s) => [s.id, s] as const))("%s alone answers one of its own messages", (_id, step) => {
    const got = message(run(usage, [step.id]));
    expect(step.messages.some((m) => fits(m, got)), `${step.id}: ${got}`).toBe(true);
  });

  it("of any two problems, the earlier step's message wins", () => {
    const wrong: string[] = [];
    for (let i = 0; i < steps.length; i++) {
      const alone = message(run(usage, [steps[i].id]));
      for (let j = i + 1; j < steps.length; j++) {
        const both = message(run(usage, [steps[j].id, steps[i].id]));
        if (both !== alone) wrong.push(`${steps[i].id}+${steps[j].id}: ${both} (want ${alone})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("IAM check order table", () => {
  it("names every step once and cites a source for each", () => {
    const ids = IAM_CHECK_ORDER.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(IAM_CHECK_ORDER.every((c) => /^https:\/\//.test(c.source))).toBe(true);
  });

  it("puts Version first after the grammar and duplicate Sids before the presence checks (as AWS answers)", () => {
    const at = (id: IamCheckId) => IAM_CHECK_ORDER.findIndex((c) => c.id === id);
    expect(at("syntax")).toBeLessThan(at("version"));
    expect(at("version")).toBeLessThan(at("legacy"));
    expect(at("legacy")).toBeLessThan(at("sid"));
    expect(at("sid")).toBeLessThan(at("actions-present"));
    expect(at("actions-present")).toBeLessThan(at("resources-present"));
    expect(at("resources-present")).toBeLessThan(at("resource-format"));
    expect(at("resource-format")).toBeLessThan(at("action-format"));
  });
});

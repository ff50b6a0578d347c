import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "./markdown";

describe("lab Markdown", () => {
  it("parses paragraphs, lists and fenced code", () => {
    const blocks = parseMarkdown("Raise the maximum:\nin the console, or\n\n- with the CLI\n- or the SDK\n\n```\naws iam update-role \\\n  --max-session-duration 43200\n```\n1. one\n2. two");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "list", "code", "list"]);
    expect(blocks[0]).toEqual({ kind: "paragraph", inlines: [{ kind: "text", text: "Raise the maximum: in the console, or" }] });
    expect(blocks[2]).toEqual({ kind: "code", text: "aws iam update-role \\\n  --max-session-duration 43200" });
    expect(blocks[3]).toMatchObject({ kind: "list", ordered: true });
  });

  it("parses code, bold and links, and keeps unsafe links as text", () => {
    expect(parseInline("Run `aws sts` **now**, see [Roles](/iam/roles)")).toEqual([
      { kind: "text", text: "Run " },
      { kind: "code", text: "aws sts" },
      { kind: "text", text: " " },
      { kind: "bold", text: "now" },
      { kind: "text", text: ", see " },
      { kind: "link", text: "Roles", href: "/iam/roles" },
    ]);
    expect(parseInline("[x](javascript:alert(1))")[0]).toMatchObject({ kind: "text" });
    expect(parseInline("[x](//evil.example)")[0]).toMatchObject({ kind: "text" });
  });
});

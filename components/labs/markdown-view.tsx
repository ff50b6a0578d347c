// Renders a lab's Markdown (markdown.ts) as React elements.
import { Fragment } from "react";
import { parseMarkdown, type Inline } from "./markdown";

function Inlines({ inlines }: { inlines: Inline[] }) {
  return inlines.map((i, n) => {
    if (i.kind === "code") return <code key={n} className="rounded bg-aws-bg px-1 font-mono text-[0.85em]">{i.text}</code>;
    if (i.kind === "bold") return <strong key={n}>{i.text}</strong>;
    if (i.kind === "link") return <a key={n} href={i.href}>{i.text}</a>;
    return <Fragment key={n}>{i.text}</Fragment>;
  });
}

export function Markdown({ source }: { source: string }) {
  return (
    <div className="space-y-2 text-sm">
      {parseMarkdown(source).map((b, n) => {
        if (b.kind === "code") return <pre key={n} className="overflow-x-auto rounded bg-aws-nav p-2 font-mono text-xs whitespace-pre text-white">{b.text}</pre>;
        if (b.kind === "list") {
          const List = b.ordered ? "ol" : "ul";
          return (
            <List key={n} className={`ml-5 ${b.ordered ? "list-decimal" : "list-disc"}`}>
              {b.items.map((item, k) => <li key={k}><Inlines inlines={item} /></li>)}
            </List>
          );
        }
        return <p key={n}><Inlines inlines={b.inlines} /></p>;
      })}
    </div>
  );
}

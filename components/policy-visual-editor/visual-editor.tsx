"use client";
// The visual editor over a JSON document. The JSON is the source of truth: blocks are parsed from it
// and every edit writes it back, pretty-printed. The blocks are also kept here, because a block in
// progress (a service chosen, no action ticked yet; a condition row without a key) has no JSON form
// and would vanish if re-read from the text; they are re-read only when the text changes elsewhere.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { emptyBlock, nextSid, parseVisualPolicy, serializeVisualPolicy, type PermissionBlock as Block, type VisualPolicy } from "./model";
import { PermissionBlock } from "./permission-block";

export function VisualEditor({ policy: initial, value, onChange }: { policy: VisualPolicy; value: string; onChange: (json: string) => void }) {
  // `text` is the JSON these blocks were last read from or written as; another text means an edit elsewhere.
  const [state, setState] = useState({ policy: initial, text: value });
  if (value !== state.text) {
    const r = parseVisualPolicy(value);
    setState({ policy: r.ok ? r.policy : state.policy, text: value });
  }
  const { policy } = state;

  const setBlocks = (blocks: Block[]) => {
    const next = { ...policy, blocks };
    const text = serializeVisualPolicy(next);
    setState({ policy: next, text });
    onChange(text);
  };

  return (
    <div className="flex flex-col gap-4">
      {policy.blocks.map((b, i) => (
        <PermissionBlock
          key={i}
          block={b}
          index={i}
          onChange={(nb) => setBlocks(policy.blocks.map((x, j) => (j === i ? nb : x)))}
          onRemove={() => setBlocks(policy.blocks.filter((_, j) => j !== i))}
        />
      ))}
      {policy.blocks.length === 0 && <p className="text-aws-muted">No permissions yet. Add permissions to choose a service and its actions.</p>}
      <div>
        <Button onClick={() => setBlocks([...policy.blocks, { ...emptyBlock(), sid: nextSid(policy.blocks) }])}>Add more permissions</Button>
      </div>
    </div>
  );
}

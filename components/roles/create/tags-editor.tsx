"use client";
// "Add tags - optional": Key + Value (optional) + Remove rows, up to 50, with AWS's key/value limits.
import { Button } from "@/components/ui/button";
import { MAX_TAGS, tagErrors } from "./wizard-state";

export function TagsEditor({ tags, onChange }: { tags: { key: string; value: string }[]; onChange: (t: { key: string; value: string }[]) => void }) {
  const errors = tagErrors(tags);
  const set = (i: number, patch: Partial<{ key: string; value: string }>) => onChange(tags.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <div>
      {tags.length === 0 && <p className="mb-2 text-aws-muted">No tags associated with the resource.</p>}
      {tags.map((t, i) => (
        <div key={i} className="mb-2">
          <div className="flex flex-wrap items-end gap-2">
            <label className="text-sm">
              <span className="block font-bold">Key</span>
              <input
                value={t.key}
                maxLength={200}
                onChange={(e) => set(i, { key: e.target.value })}
                aria-invalid={errors[i] ? true : undefined}
                className="rounded-lg border-2 border-aws-border px-2 py-1"
              />
            </label>
            <label className="text-sm">
              <span className="block font-bold">Value - optional</span>
              <input value={t.value} maxLength={300} onChange={(e) => set(i, { value: e.target.value })} className="rounded-lg border-2 border-aws-border px-2 py-1" />
            </label>
            <Button onClick={() => onChange(tags.filter((_, j) => j !== i))}>Remove</Button>
          </div>
          {errors[i] && <p className="mt-1 text-sm text-aws-red">{errors[i]}</p>}
        </div>
      ))}
      <Button disabled={tags.length >= MAX_TAGS} onClick={() => onChange([...tags, { key: "", value: "" }])}>
        Add new tag
      </Button>
      <p className="mt-1 text-sm text-aws-muted">You can add up to {MAX_TAGS - tags.length} more tags.</p>
    </div>
  );
}

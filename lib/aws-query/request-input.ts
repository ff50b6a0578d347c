// The input a Query request sent, as one nested object in the wire's PascalCase, for the activity
// log: `Tags.member.1.Key=a` → { Tags: [{ Key: "a" }] }, `TagKeys.member.1=k` → { TagKeys: ["k"] },
// `Attributes.entry.1.key/value` → a Map (user data: its keys stay as sent). Integers and booleans
// are typed as the action's ParamReader read them (`DurationSeconds: 3600`); everything else stays a
// string. The protocol's own members (Action, Version, presigned X-Amz-*) are not input.
import type { QueryParams } from "./form";

const typedReads = new WeakMap<QueryParams, Map<string, number | boolean>>();

/** Called by ParamReader for each integer or boolean it read successfully. */
export function noteTypedRead(params: QueryParams, name: string, value: number | boolean): void {
  let reads = typedReads.get(params);
  if (!reads) typedReads.set(params, (reads = new Map()));
  reads.set(name, value);
}

type Node =
  | { kind: "leaf"; name: string; value: string }
  | { kind: "struct"; members: Map<string, Node> }
  | { kind: "list"; items: Map<number, Node> }
  | { kind: "map"; entries: Map<number, { key?: Node; value?: Node }> };

const INDEX = /^[1-9][0-9]{0,5}$/;
const PROTOCOL = /^(Action|Version|X-Amz-[A-Za-z-]+)$/;

function isStruct(n: Node | undefined): n is Extract<Node, { kind: "struct" }> {
  return n?.kind === "struct";
}

/** Places one parameter under `node` (which it may create); a shape conflict keeps the first. */
function place(slot: Node | undefined, segs: string[], name: string, value: string): Node | undefined {
  if (segs.length === 0) return slot ?? { kind: "leaf", name, value };
  const [head, index, field] = segs;
  if (head === "member" && index !== undefined && INDEX.test(index)) {
    const list = slot ?? { kind: "list", items: new Map() };
    if (list.kind !== "list") return slot;
    const n = Number(index);
    const item = place(list.items.get(n), segs.slice(2), name, value);
    if (item) list.items.set(n, item);
    return list;
  }
  if (head === "entry" && index !== undefined && INDEX.test(index) && (field === "key" || field === "value")) {
    const map = slot ?? { kind: "map", entries: new Map() };
    if (map.kind !== "map") return slot;
    const n = Number(index);
    const entry = map.entries.get(n) ?? {};
    const placed = place(entry[field], segs.slice(3), name, value);
    if (placed) entry[field] = placed;
    map.entries.set(n, entry);
    return map;
  }
  const struct = slot ?? { kind: "struct", members: new Map() };
  if (!isStruct(struct)) return slot;
  const child = place(struct.members.get(head), segs.slice(1), name, value);
  if (child) struct.members.set(head, child);
  return struct;
}

function materialize(node: Node, typed: Map<string, number | boolean> | undefined): unknown {
  switch (node.kind) {
    case "leaf":
      return typed?.has(node.name) ? typed.get(node.name) : node.value;
    case "list":
      return [...node.items.keys()].sort((a, b) => a - b).map((i) => materialize(node.items.get(i)!, typed));
    case "map": {
      const out = new Map<string, unknown>();
      for (const i of [...node.entries.keys()].sort((a, b) => a - b)) {
        const { key, value } = node.entries.get(i)!;
        if (key?.kind === "leaf") out.set(key.value, value ? materialize(value, typed) : "");
      }
      return out;
    }
    case "struct": {
      // No prototype: a member called `__proto__` or `constructor` is just a member.
      const out: Record<string, unknown> = Object.create(null);
      for (const [k, v] of node.members) out[k] = materialize(v, typed);
      return out;
    }
  }
}

/** The request's input; members appear in the order the client sent them. */
export function queryInput(params: QueryParams): Record<string, unknown> {
  const root: Node = { kind: "struct", members: new Map() };
  for (const [name, value] of params) {
    if (PROTOCOL.test(name)) continue;
    place(root, name.split("."), name, value);
  }
  return materialize(root, typedReads.get(params)) as Record<string, unknown>;
}

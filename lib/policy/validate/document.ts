// Structural pass: top-level and statement elements, their JSON types, required/forbidden elements
// per policy type, Sids and duplicate statements. Produces the statement views the later passes use.
import type { PolicyType } from "@/lib/policy/types";
import { member, type JsonEntry, type JsonNode, type JsonObjectNode } from "./json-ast";
import type { Path, Reporter } from "./findings";

export interface Item { value: string; node: JsonNode; path: Path }
export interface ListElement { name: string; node: JsonNode; path: Path; items: Item[] }
export interface StatementView {
  index: number;
  path: Path;
  node: JsonObjectNode;
  effect?: "Allow" | "Deny";
  action?: ListElement;
  notAction?: ListElement;
  resource?: ListElement;
  notResource?: ListElement;
  principal?: JsonEntry;
  notPrincipal?: JsonEntry;
  condition?: JsonEntry;
}
export interface DocumentView { version?: string; statements: StatementView[] }

const TOP_LEVEL = new Set(["Version", "Id", "Statement"]);
const STATEMENT_ELEMENTS = new Set(["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"]);
const VERSIONS = ["2012-10-17", "2008-10-17"];
/** Policy types that IAM itself stores; IAM rejects odd or repeated Sids in those. */
const IAM_STORED: ReadonlySet<PolicyType> = new Set(["identity", "boundary", "session", "trust"]);

export function aaPolicyType(type: PolicyType): string {
  if (type === "scp") return "SERVICE_CONTROL_POLICY";
  if (type === "rcp") return "RESOURCE_CONTROL_POLICY";
  return type === "resource" || type === "trust" ? "RESOURCE_POLICY" : "IDENTITY_POLICY";
}

const typeMismatch = (expected: string) => `The text does not match the expected JSON data type ${expected}.`;

export function readDocument(root: JsonNode, type: PolicyType, r: Reporter): DocumentView | undefined {
  if (root.type !== "object") {
    r.add("DATA_TYPE_MISMATCH", typeMismatch("Object"), [], root);
    return undefined;
  }
  for (const e of root.entries) {
    if (!TOP_LEVEL.has(e.key)) r.add("INVALID_POLICY_ELEMENT", `The policy element ${e.key} is not valid.`, [e.key], e.keySpan);
  }
  const view: DocumentView = { statements: [] };
  const version = member(root, "Version");
  if (!version) {
    r.add("MISSING_VERSION", "We recommend that you specify the Version element to help you with debugging permission issues.", [], root);
  } else if (version.value.type !== "string" || !VERSIONS.includes(version.value.value)) {
    const shown = version.value.type === "string" ? version.value.value : JSON.stringify(plain(version.value));
    r.add("INVALID_VERSION", `The version ${shown} is not valid. Use one of the following versions: ${VERSIONS.join(", ")}`, ["Version"], version.value);
  } else view.version = version.value.value;

  const stmt = member(root, "Statement");
  const list = !stmt ? [] : stmt.value.type === "array" ? stmt.value.items : [stmt.value];
  if (list.length === 0) {
    r.add("MISSING_STATEMENT", "Add a statement to the policy", stmt ? ["Statement"] : [], stmt ? stmt.value : root);
    return view;
  }
  const isArray = stmt!.value.type === "array";
  list.forEach((node, index) => {
    const path: Path = isArray ? ["Statement", index] : ["Statement"];
    if (node.type !== "object") r.add("DATA_TYPE_MISMATCH", typeMismatch("Object"), path, node);
    else view.statements.push(readStatement(node, index, path, type, r));
  });
  checkSids(view.statements, type, r);
  checkRedundantStatements(view.statements, r);
  return view;
}

function readStatement(node: JsonObjectNode, index: number, path: Path, type: PolicyType, r: Reporter): StatementView {
  const s: StatementView = { index, path, node };
  for (const e of node.entries) {
    if (!STATEMENT_ELEMENTS.has(e.key)) r.add("INVALID_POLICY_ELEMENT", `The policy element ${e.key} is not valid.`, [...path, e.key], e.keySpan);
  }
  const effect = member(node, "Effect");
  if (!effect) r.add("MISSING_EFFECT", "Add an Effect element to the policy statement with a value of Allow or Deny.", path, node);
  else if (effect.value.type === "string" && (effect.value.value === "Allow" || effect.value.value === "Deny")) s.effect = effect.value.value;
  else {
    const shown = effect.value.type === "string" ? effect.value.value : JSON.stringify(plain(effect.value));
    r.add("INVALID_EFFECT", `The effect ${shown} is not valid. Use Allow or Deny.`, [...path, "Effect"], effect.value);
  }

  s.action = readList(node, "Action", path, r);
  s.notAction = readList(node, "NotAction", path, r);
  s.resource = readList(node, "Resource", path, r);
  s.notResource = readList(node, "NotResource", path, r);
  s.principal = member(node, "Principal");
  s.notPrincipal = member(node, "NotPrincipal");
  s.condition = member(node, "Condition");

  for (const [a, b] of [["Action", "NotAction"], ["Resource", "NotResource"], ["Principal", "NotPrincipal"]] as const) {
    const second = member(node, b);
    if (member(node, a) && second) {
      r.add("UNSUPPORTED_ELEMENT_COMBINATION", `The policy elements ${a} and ${b} can not be used in the same statement. Remove one of these elements.`, [...path, b], second.keySpan);
    }
  }
  if (!s.action && !s.notAction) r.add("MISSING_ACTION", "Add an Action or NotAction element to the policy statement.", path, node);
  for (const el of [s.action, s.notAction]) {
    if (el && el.node.type === "array" && el.node.items.length === 0) {
      r.add("EMPTY_ARRAY_ACTION", "This statement includes no actions and does not affect the policy. Specify actions.", el.path, el.node);
    }
  }
  for (const el of [s.resource, s.notResource]) {
    if (el && el.node.type === "array" && el.node.items.length === 0) {
      r.add("EMPTY_ARRAY_RESOURCE", "This statement includes no resources and does not affect the policy. Specify resources.", el.path, el.node);
    }
  }
  checkElementsForType(s, type, r);
  return s;
}

function checkElementsForType(s: StatementView, type: PolicyType, r: Reporter): void {
  const principalEntry = s.principal ?? s.notPrincipal;
  const resourceEntry = member(s.node, "Resource") ?? member(s.node, "NotResource");
  if (type === "trust") {
    if (!s.principal && !s.notPrincipal) r.add("MISSING_PRINCIPAL", "Add a Principal element to the policy statement.", s.path, s.node);
    if (resourceEntry) {
      r.add("ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE", "Role trust policies apply to the role that they are attached to. You cannot specify a resource. Remove the Resource or NotResource element.", [...s.path, resourceEntry.key], resourceEntry.keySpan);
    }
    if (s.notPrincipal) {
      r.add("ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL", "Role trust policies do not support NotPrincipal. Update the policy to use a Principal element instead.", [...s.path, "NotPrincipal"], s.notPrincipal.keySpan);
    }
    return;
  }
  if (type === "resource" || type === "rcp") {
    if (!principalEntry) r.add("MISSING_PRINCIPAL", "Add a Principal element to the policy statement.", s.path, s.node);
  } else if (principalEntry) {
    if (type === "scp") {
      r.add("SCP_SYNTAX_ERROR_PRINCIPAL", "SCPs do not support specifying principals. Remove the Principal or NotPrincipal element.", [...s.path, principalEntry.key], principalEntry.keySpan);
    } else {
      r.add("UNSUPPORTED_PRINCIPAL", `The policy type ${aaPolicyType(type)} does not support the Principal element. Remove the Principal element.`, [...s.path, principalEntry.key], principalEntry.keySpan);
    }
  }
  if (type !== "resource" && !resourceEntry) r.add("MISSING_RESOURCE", "Add a Resource or NotResource element to the policy statement.", s.path, s.node);
}

function readList(node: JsonObjectNode, name: string, path: Path, r: Reporter): ListElement | undefined {
  const e = member(node, name);
  if (!e) return undefined;
  const elPath = [...path, name];
  const el: ListElement = { name, node: e.value, path: elPath, items: [] };
  const push = (n: JsonNode, p: Path) => {
    if (n.type === "string") el.items.push({ value: n.value, node: n, path: p });
    else r.add("DATA_TYPE_MISMATCH", typeMismatch("String"), p, n);
  };
  if (e.value.type === "array") e.value.items.forEach((n, i) => push(n, [...elPath, i]));
  else push(e.value, elPath);
  return el;
}

function checkSids(statements: StatementView[], type: PolicyType, r: Reporter): void {
  const seen = new Set<string>();
  for (const s of statements) {
    const sid = member(s.node, "Sid");
    if (!sid) continue;
    const path = [...s.path, "Sid"];
    if (sid.value.type !== "string") {
      r.add("DATA_TYPE_MISMATCH", typeMismatch("String"), path, sid.value);
      continue;
    }
    const value = sid.value.value;
    if (value === "") {
      r.add("EMPTY_SID_VALUE", "Add a value to the empty string in the Sid element.", path, sid.value);
      continue;
    }
    if (IAM_STORED.has(type) && !/^[A-Za-z0-9]+$/.test(value)) {
      r.add("UNSUPPORTED_SID", "Update the characters in the Sid element to use one of the following character types: [a-z, A-Z, 0-9]", path, sid.value);
    }
    if (seen.has(value)) {
      if (IAM_STORED.has(type)) r.add("UNIQUE_SIDS_REQUIRED", "Duplicate statement IDs are not supported for this policy type. Update the Sid value.", path, sid.value);
      else r.add("UNIQUE_SIDS_RECOMMENDED", "We recommend that you use statement IDs that are unique to your policy. Update the Sid value.", path, sid.value);
    }
    seen.add(value);
  }
}

function checkRedundantStatements(statements: StatementView[], r: Reporter): void {
  const seen = new Set<string>();
  for (const s of statements) {
    // Sid does not change permissions; a one-element array is the same as the string.
    const key = canonical({ type: "object", entries: s.node.entries.filter((e) => e.key !== "Sid"), start: s.node.start, end: s.node.end });
    if (seen.has(key)) {
      r.add("REDUNDANT_STATEMENT", "The statements are redundant because they provide identical permissions. Update the policy to remove the redundant statement.", s.path, s.node);
    }
    seen.add(key);
  }
}

function canonical(n: JsonNode): string {
  if (n.type === "object") return `{${[...n.entries].sort((a, b) => (a.key < b.key ? -1 : 1)).map((e) => `${JSON.stringify(e.key)}:${canonical(e.value)}`).join(",")}}`;
  if (n.type === "array") return n.items.length === 1 ? canonical(n.items[0]) : `[${n.items.map(canonical).sort().join(",")}]`;
  return JSON.stringify(plain(n));
}

export function plain(n: JsonNode): unknown {
  switch (n.type) {
    case "object": return Object.fromEntries(n.entries.map((e) => [e.key, plain(e.value)]));
    case "array": return n.items.map(plain);
    case "null": return null;
    default: return n.value;
  }
}

/** Lower-cased names of every condition key a statement tests. */
export function conditionKeyNames(s: StatementView): Set<string> {
  const keys = new Set<string>();
  const c = s.condition?.value;
  if (c?.type !== "object") return keys;
  for (const op of c.entries) if (op.value.type === "object") for (const k of op.value.entries) keys.add(k.key.toLowerCase());
  return keys;
}

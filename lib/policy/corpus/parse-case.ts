// How a parse corpus case is run: its type names the policy type, except "managed", which is an
// identity policy stored as a managed policy (CreatePolicy/CreatePolicyVersion: Version 2012-10-17 required).
import { parsePolicy, type ParseResult } from "../index";
import type { TParseCase } from "./schema";

export function caseText(c: TParseCase): string {
  return typeof c.document === "string" ? c.document : JSON.stringify(c.document, null, 2);
}

export function parseCase(c: TParseCase): ParseResult {
  const text = caseText(c);
  return c.type === "managed" ? parsePolicy(text, "identity", { managed: true }) : parsePolicy(text, c.type);
}

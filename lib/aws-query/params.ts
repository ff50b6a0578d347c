// Typed parameter getters that fail the way AWS's Coral model validation fails: ValidationError with
// "N validation error(s) detected: Value … at '<memberPath>' failed to satisfy constraint: …",
// every violation of one request reported together, joined by "; ".

import { AwsError } from "@/lib/errors";
import { boundedMemo } from "@/lib/bounded-memo";
import type { QueryParams } from "./form";
import { noteTypedRead } from "./request-input";

export interface StringRule {
  required?: boolean;
  /** Length bounds in UTF-16 code units, as Coral (Java `String.length()`) counts them. */
  min?: number;
  max?: number;
  /** Coral pattern text, matched against the whole value and quoted verbatim in the message. */
  pattern?: string;
}

export interface IntRule {
  required?: boolean;
  min?: number;
  max?: number;
}

export interface ReaderOptions {
  /**
   * How an absent required member is reported. Coral services answer ValidationError
   * ("Value null at 'roleArn' …"); older Query services answer MissingParameter.
   */
  missing?: "ValidationError" | "MissingParameter";
}

/**
 * `RoleArn` → `roleArn`; `Tags.member.1.Key` → `tags.1.member.key` (Coral's member paths).
 * Remembered: parameter names repeat from call to call.
 */
export const memberPath: (name: string) => string = boundedMemo(computeMemberPath);

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function computeMemberPath(name: string): string {
  const parts = name.split(".");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if ((parts[i] === "member" || parts[i] === "entry") && i + 1 < parts.length && /^\d+$/.test(parts[i + 1])) {
      out.push(parts[i + 1], parts[i]);
      i++;
    } else {
      out.push(lower(parts[i]));
    }
  }
  return out.join(".");
}

const compiled = new Map<string, RegExp>();
function wholeMatch(pattern: string, value: string): boolean {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${pattern})$`, "su");
    compiled.set(pattern, re);
  }
  return re.test(value);
}

/** One Coral violation clause; `null` renders unquoted, as AWS prints it for absent members. */
export function violation(path: string, value: string | null, constraint: string): string {
  const shown = value === null ? "null" : `'${value}'`;
  return `Value ${shown} at '${path}' failed to satisfy constraint: ${constraint}`;
}

/** The AwsError for a list of violation clauses. */
export function validationErrors(violations: string[]): AwsError {
  const n = violations.length;
  return new AwsError(
    "ValidationError",
    `${n} validation error${n === 1 ? "" : "s"} detected: ${violations.join("; ")}`,
  );
}

/**
 * Reads parameters and collects violations; `finish()` throws them as one ValidationError.
 * Typical use: `const r = new ParamReader(params); const arn = r.string("RoleArn", { required: true,
 * min: 20, max: 2048 }); const d = r.int("DurationSeconds", { min: 900, max: 43200 }); r.finish();`
 */
export class ParamReader {
  readonly violations: string[] = [];
  private missingNames: string[] = [];
  private deferred: Array<() => void> = [];

  constructor(
    readonly params: QueryParams,
    private readonly options: ReaderOptions = {},
  ) {}

  string(name: string, rule: StringRule = {}): string | undefined {
    const value = this.params.get(name);
    if (value === undefined) {
      if (rule.required) this.missing(name);
      return undefined;
    }
    this.checkString(memberPath(name), value, rule);
    return value;
  }

  int(name: string, rule: IntRule = {}): number | undefined {
    const raw = this.params.get(name);
    if (raw === undefined) {
      if (rule.required) this.missing(name);
      return undefined;
    }
    const path = memberPath(name);
    // [INF] AWS's wording for a non-numeric integer member is unverified; SDKs never send one.
    if (!/^[+-]?\d+$/.test(raw.trim()) || !Number.isSafeInteger(Number(raw))) {
      this.violations.push(violation(path, raw, "Member must be an integer"));
      return undefined;
    }
    const value = Number(raw);
    if (rule.min !== undefined && value < rule.min) {
      this.violations.push(violation(path, String(value), `Member must have value greater than or equal to ${rule.min}`));
    } else if (rule.max !== undefined && value > rule.max) {
      this.violations.push(violation(path, String(value), `Member must have value less than or equal to ${rule.max}`));
    }
    noteTypedRead(this.params, name, value);
    return value;
  }

  /**
   * A check that runs in `finish()` only once every model constraint holds, in the order added: the
   * service's own syntax checks (an ARN that must parse) come after Coral's ValidationError, as on AWS.
   */
  afterModel(check: () => void): void {
    this.deferred.push(check);
  }

  bool(name: string, rule: { required?: boolean } = {}): boolean | undefined {
    const raw = this.params.get(name);
    if (raw === undefined) {
      if (rule.required) this.missing(name);
      return undefined;
    }
    const lowered = raw.trim().toLowerCase();
    if (lowered === "true" || lowered === "false") {
      noteTypedRead(this.params, name, lowered === "true");
      return lowered === "true";
    }
    this.violations.push(violation(memberPath(name), raw, "Member must be a boolean"));
    return undefined;
  }

  /** Validates a value that did not come straight from one parameter (list elements, map keys). */
  checkString(path: string, value: string | undefined, rule: StringRule): void {
    if (value === undefined) {
      if (rule.required) this.violations.push(violation(path, null, "Member must not be null"));
      return;
    }
    if (rule.min !== undefined && value.length < rule.min) {
      this.violations.push(violation(path, value, `Member must have length greater than or equal to ${rule.min}`));
    } else if (rule.max !== undefined && value.length > rule.max) {
      this.violations.push(violation(path, value, `Member must have length less than or equal to ${rule.max}`));
    } else if (rule.pattern !== undefined && !wholeMatch(rule.pattern, value)) {
      this.violations.push(violation(path, value, `Member must satisfy regular expression pattern: ${rule.pattern}`));
    }
  }

  /** Adds a violation clause of the caller's own (e.g. a list-length constraint). */
  add(path: string, value: string | null, constraint: string): void {
    this.violations.push(violation(path, value, constraint));
  }

  /** Throws the collected problems, if any; MissingParameter (when chosen) wins over the rest. */
  finish(): void {
    if (this.missingNames.length > 0) {
      throw new AwsError("MissingParameter", `The request must contain the parameter ${this.missingNames[0]}`, {
        field: this.missingNames[0],
      });
    }
    if (this.violations.length > 0) throw validationErrors(this.violations);
    for (const check of this.deferred) check();
  }

  private missing(name: string): void {
    if (this.options.missing === "MissingParameter") this.missingNames.push(name);
    else this.violations.push(violation(memberPath(name), null, "Member must not be null"));
  }
}

/** One required string, failing at once. */
export function requireString(params: QueryParams, name: string, rule: Omit<StringRule, "required"> = {}): string {
  const reader = new ParamReader(params);
  const value = reader.string(name, { ...rule, required: true });
  reader.finish();
  return value as string;
}

/** One optional string, failing at once when present and invalid. */
export function optionalString(params: QueryParams, name: string, rule: Omit<StringRule, "required"> = {}): string | undefined {
  const reader = new ParamReader(params);
  const value = reader.string(name, rule);
  reader.finish();
  return value;
}

/** One optional integer, failing at once when present and invalid or out of range. */
export function optionalInt(params: QueryParams, name: string, rule: Omit<IntRule, "required"> = {}): number | undefined {
  const reader = new ParamReader(params);
  const value = reader.int(name, rule);
  reader.finish();
  return value;
}

/** One optional boolean (`true`/`false`, any case). */
export function optionalBool(params: QueryParams, name: string): boolean | undefined {
  const reader = new ParamReader(params);
  const value = reader.bool(name);
  reader.finish();
  return value;
}

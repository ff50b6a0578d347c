// Row types come from the Prisma schema: a table's column map is typed against the generated model
// type, so a column added, removed, renamed or retyped in prisma/schema.prisma breaks `tsc` here
// rather than a query at run time. The map also says how each column is decoded, per dialect
// (SQLite: ISO text with +00:00, 0/1 integers; PostgreSQL: Date and boolean already).
import { query, type Query, type Row, type Value } from "./sql";

type Kind = "text" | "int" | "bool" | "date";

type KindOf<T> = [NonNullable<T>] extends [Date] ? "date" : [NonNullable<T>] extends [boolean] ? "bool" : [NonNullable<T>] extends [number] ? "int" : [NonNullable<T>] extends [string] ? "text" : never;

/** Every column of model T, each with the kind its TypeScript type calls for. */
export type Columns<T> = { readonly [K in keyof T]-?: KindOf<T[K]> };

export interface Table<T> {
  readonly name: string;
  readonly columns: readonly (keyof T & string)[];
  /** `"a", "b", …` (with `alias.` before each when given). */
  list(alias?: string): string;
  /** `INSERT INTO "T" ("a", …) VALUES ($1, …)`, with its multi-row form for the group commit. */
  insertQuery(name: string): Query;
  /** The row's values in column order, for insertSql. */
  values(row: T): Value[];
  decode(r: Row): T;
}

/** PostgreSQL array types of the columns Prisma creates for each kind (Int is integer, DateTime timestamp(3)). */
const ARRAY_TYPE: Record<Kind, string> = { text: "text[]", int: "integer[]", bool: "boolean[]", date: "timestamp(3)[]" };

function decodeValue(kind: Kind, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case "date":
      return v instanceof Date ? v : new Date(v as string | number);
    case "bool":
      return typeof v === "boolean" ? v : Boolean(v);
    case "int":
      return typeof v === "number" ? v : Number(v);
    default:
      return v;
  }
}

export function table<T>(name: string, spec: Columns<T>): Table<T> {
  const entries = Object.entries(spec) as [keyof T & string, Kind][];
  const columns = entries.map(([c]) => c);
  return {
    name,
    columns,
    list: (alias) => columns.map((c) => (alias ? `${alias}."${c}"` : `"${c}"`)).join(", "),
    insertQuery(queryName) {
      const into = `INSERT INTO "${name}" (${columns.map((c) => `"${c}"`).join(", ")})`;
      const arrays = entries.map(([, kind], i) => `$${i + 1}::${ARRAY_TYPE[kind]}`).join(", ");
      return query(queryName, `${into} VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`, `${into} SELECT * FROM unnest(${arrays})`);
    },
    values: (row) => columns.map((c) => row[c] as Value),
    decode(r) {
      const out: Record<string, unknown> = {};
      for (const [c, kind] of entries) out[c] = decodeValue(kind, r[c]);
      return out as T;
    },
  };
}

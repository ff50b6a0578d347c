// String filters that mean the same on both stores. Prisma compiles contains/startsWith to LIKE,
// which ignores ASCII case on SQLite but not on PostgreSQL, and passes the LIKE wildcards % and _
// through unescaped on both.
import { databaseProvider } from "@/lib/database-url";

const postgres = () => databaseProvider() === "postgresql";

/**
 * A substring filter that ignores ASCII case: PostgreSQL needs `mode: "insensitive"` (ILIKE), which
 * the SQLite-typed client rejects at runtime, so it is added only there. Wildcards stay wildcards:
 * callers that accept them filter the superset themselves.
 */
export function containsIgnoringCase(needle: string): { contains: string } {
  if (postgres()) return { contains: needle, mode: "insensitive" } as { contains: string };
  return { contains: needle };
}

/**
 * Strings that begin with `prefix`, case-sensitively and with no wildcards (IAM's PathPrefix). On
 * PostgreSQL: LIKE with the wildcards escaped (backslash is its default escape). On SQLite, whose
 * LIKE has no default escape and ignores case: the range [prefix, prefix + U+10FFFF), exact under
 * the BINARY collation its text columns use.
 */
export function startsWithExactly(prefix: string): { startsWith: string } | { gte: string; lt: string } {
  if (postgres()) return { startsWith: prefix.replace(/[\\%_]/g, (c) => `\\${c}`) };
  return { gte: prefix, lt: `${prefix}\u{10FFFF}` };
}

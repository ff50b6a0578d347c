// A substring filter that ignores ASCII case on both stores. SQLite's LIKE already does; PostgreSQL's
// is case-sensitive and needs `mode: "insensitive"` (ILIKE), which the SQLite-typed client rejects
// at runtime, so the option is added only when the store is PostgreSQL. Prisma passes LIKE
// wildcards (% _) through: callers that accept them filter the superset themselves.
import { databaseProvider } from "@/lib/database-url";

export function containsIgnoringCase(needle: string): { contains: string } {
  if (databaseProvider() === "postgresql") return { contains: needle, mode: "insensitive" } as { contains: string };
  return { contains: needle };
}

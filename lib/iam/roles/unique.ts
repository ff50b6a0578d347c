// Two concurrent creates of one name both pass the existence check; the unique index stops the
// second, and it must still answer AWS's EntityAlreadyExists rather than a ServiceFailure.
import type { AwsError } from "@/lib/errors";

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "P2002" || (e instanceof Error && /UNIQUE constraint failed/.test(e.message));
}

export async function uniqueOr<T>(work: Promise<T>, onDuplicate: () => AwsError): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (isUniqueViolation(e)) throw onDuplicate();
    throw e;
  }
}

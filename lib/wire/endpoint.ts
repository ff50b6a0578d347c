// The AWS-compatible IAM/STS endpoint as one Fetch handler: SigV4 lookup and caller resolution from
// lib/sts, the merged action table, and the activity hook. app/api/aws/route.ts and tests share it.
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/database-url";
import { createQueryHandler, type QueryHandler, type QueryHandlerOptions } from "@/lib/aws-query";
import { awsActions, awsUnsignedActions } from "@/lib/aws-query/actions";
import { recordApiCall } from "./api-activity";
import { lookupCredential, resolveCaller, type WireCredential } from "./resolve-caller";

let tuned: Promise<void> | undefined;
let isTuned = false;

/**
 * Every wire call writes (activity, sessions, last-used): in SQLite's default rollback journal each
 * write costs several fsyncs, ~7x the whole AssumeRole budget under load. WAL with synchronous=NORMAL
 * keeps commits durable against process crashes, which is what a sandbox needs. This tunes Prisma's
 * connection (the repositories' own connection is tuned in lib/data/sql-sqlite.ts).
 */
function tuneSqlite(): Promise<void> {
  tuned ??= (async () => {
    if (databaseProvider() !== "sqlite") return;
    try {
      await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
      await db.$executeRawUnsafe("PRAGMA synchronous=NORMAL");
    } catch {
      // the pragma is refused: the defaults still work, only slower
    }
    isTuned = true;
  })();
  return tuned;
}

export function createAwsEndpoint(overrides: Partial<QueryHandlerOptions<Caller, WireCredential>> = {}): QueryHandler {
  const handler = createQueryHandler<Caller, WireCredential>({
    lookup: lookupCredential,
    resolveCaller,
    actions: awsActions,
    unsignedActions: awsUnsignedActions,
    onCall: recordApiCall,
    ...overrides,
  });
  // Once tuned, calls go straight through: no extra async frame and await per request.
  const tunedFirst = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A): Promise<R> =>
    isTuned ? fn(...args) : tuneSqlite().then(() => fn(...args));
  return Object.assign(tunedFirst(handler), { core: tunedFirst(handler.core) });
}

// The AWS-compatible IAM/STS/CloudTrail endpoint as one Fetch handler: SigV4 lookup and caller
// resolution from lib/sts, the merged action table, and the activity hook. Requests carrying
// X-Amz-Target speak the JSON 1.1 protocol (CloudTrail, lib/aws-json/); requests for a URI below the
// endpoint are IAM Roles Anywhere's REST-JSON (lib/rolesanywhere/wire/); the rest are Query calls.
// app/api/aws/route.ts and tests share it.
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/database-url";
import { createQueryCore, fetchHandlerFor, type QueryHandler, type QueryHandlerOptions } from "@/lib/aws-query";
import { createJsonCore, isJsonProtocol } from "@/lib/aws-json/handler";
import { createRolesAnywhereCore, isRolesAnywhereRequest } from "@/lib/rolesanywhere/wire/handler";
import { createSessionCore } from "@/lib/rolesanywhere/wire/create-session";
import { CLOUDTRAIL_TARGET_PREFIXES, lookupEvents } from "@/lib/cloudtrail/lookup-events";
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
  const options: QueryHandlerOptions<Caller, WireCredential> = {
    lookup: lookupCredential,
    resolveCaller,
    actions: awsActions,
    unsignedActions: awsUnsignedActions,
    onCall: recordApiCall,
    ...overrides,
  };
  const queryCore = createQueryCore(options);
  const cloudtrail = { signingName: "cloudtrail", service: "cloudtrail" as const, operations: { LookupEvents: lookupEvents } };
  const jsonCore = createJsonCore<Caller, WireCredential>({
    lookup: options.lookup,
    resolveCaller: options.resolveCaller,
    services: Object.fromEntries(CLOUDTRAIL_TARGET_PREFIXES.map((prefix) => [prefix, cloudtrail])),
    onCall: options.onCall,
    now: options.now,
    logError: options.logError,
  });
  const rolesAnywhereCore = createRolesAnywhereCore<WireCredential>({
    lookup: options.lookup,
    resolveCaller: options.resolveCaller,
    onCall: options.onCall,
    now: options.now,
    logError: options.logError,
    createSession: createSessionCore({ onCall: options.onCall, now: options.now, logError: options.logError }),
  });
  // Roles Anywhere is REST: its operations live at URIs below the endpoint (/api/aws/trustanchors…).
  const handler = fetchHandlerFor((req) => (isRolesAnywhereRequest(req) ? rolesAnywhereCore(req) : isJsonProtocol(req) ? jsonCore(req) : queryCore(req)));
  // Once tuned, calls go straight through: no extra async frame and await per request.
  const tunedFirst = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A): Promise<R> =>
    isTuned ? fn(...args) : tuneSqlite().then(() => fn(...args));
  return Object.assign(tunedFirst(handler), { core: tunedFirst(handler.core) });
}

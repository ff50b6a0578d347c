// The AWS-compatible IAM/STS endpoint as one Fetch handler: SigV4 lookup and caller resolution from
// lib/sts, the merged action table, and the activity hook. app/api/aws/route.ts and tests share it.
import type { Caller } from "@/lib/authz/caller";
import { createQueryHandler, type QueryHandlerOptions } from "@/lib/aws-query";
import { awsActions } from "@/lib/aws-query/actions";
import { recordApiCall } from "./api-activity";
import { lookupCredential, resolveCaller } from "./resolve-caller";

export function createAwsEndpoint(overrides: Partial<QueryHandlerOptions<Caller>> = {}): (req: Request) => Promise<Response> {
  return createQueryHandler<Caller>({
    lookup: lookupCredential,
    resolveCaller,
    actions: awsActions,
    onCall: recordApiCall,
    ...overrides,
  });
}

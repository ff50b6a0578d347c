// IAM Query actions for service last-accessed reports (Access Advisor): parameter reading and the
// report's paging only; the report itself is the console's (lib/iam/last-accessed/jobs.ts).
import type { Caller } from "@/lib/authz/caller";
import { ParamReader, type QueryAction } from "@/lib/aws-query";
import { GRANULARITIES, generateServiceLastAccessedDetails, getServiceLastAccessedDetails, getServiceLastAccessedDetailsWithEntities, type Granularity } from "@/lib/iam/last-accessed/jobs";
import { ARN_KINDS } from "@/lib/aws/arn";
import { paging, readParams } from "./iam-roles";
import { readArn } from "./arn-params";

const JOB_ID = { required: true, min: 36, max: 36 };

export const iamLastAccessedActions: Record<string, QueryAction<Caller>> = {
  async GenerateServiceLastAccessedDetails(params, caller) {
    const r = new ParamReader(params);
    const arn = readArn(r, "Arn", ARN_KINDS.entity, { required: true }) as string;
    const granularity = r.string("Granularity");
    if (granularity !== undefined && !(GRANULARITIES as readonly string[]).includes(granularity)) {
      r.add("granularity", granularity, `Member must satisfy enum value set: [${GRANULARITIES.join(", ")}]`);
    }
    r.finish();
    return generateServiceLastAccessedDetails(caller, { arn, granularity: granularity as Granularity | undefined });
  },
  async GetServiceLastAccessedDetails(params, caller) {
    const p = readParams(params, { JobId: JOB_ID, ...paging });
    return getServiceLastAccessedDetails(caller, { jobId: p.JobId as string, maxItems: p.MaxItems as number | undefined, marker: p.Marker as string | undefined });
  },
  async GetServiceLastAccessedDetailsWithEntities(params, caller) {
    const p = readParams(params, { JobId: JOB_ID, ServiceNamespace: { required: true, min: 1, max: 64, pattern: "[\\w-]*" }, ...paging });
    return getServiceLastAccessedDetailsWithEntities(caller, {
      jobId: p.JobId as string,
      serviceNamespace: p.ServiceNamespace as string,
      maxItems: p.MaxItems as number | undefined,
      marker: p.Marker as string | undefined,
    });
  },
};

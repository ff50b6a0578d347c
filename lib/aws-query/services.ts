// Protocol metadata of the two Query services this endpoint speaks (botocore models). Only wire facts
// live here: which API Version, XML namespace and SigV4 service name belong together.

export const QUERY_SERVICES = {
  sts: { version: "2011-06-15", namespace: "https://sts.amazonaws.com/doc/2011-06-15/" },
  iam: { version: "2010-05-08", namespace: "https://iam.amazonaws.com/doc/2010-05-08/" },
} as const;

export type QueryService = keyof typeof QUERY_SERVICES;

export function isQueryService(s: string | undefined): s is QueryService {
  return s === "sts" || s === "iam";
}

export function serviceForVersion(version: string | undefined): QueryService | undefined {
  if (version === QUERY_SERVICES.sts.version) return "sts";
  if (version === QUERY_SERVICES.iam.version) return "iam";
  return undefined;
}

export function namespaceFor(service: QueryService): string {
  return QUERY_SERVICES[service].namespace;
}

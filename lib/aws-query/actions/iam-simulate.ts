// Placeholder replaced below.
import type { Caller } from "@/lib/authz/caller";
import type { QueryAction } from "@/lib/aws-query";
export const iamSimulateActions: Record<string, QueryAction<Caller>> = {};

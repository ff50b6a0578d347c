// IAM temporary delegation: delegation requests, their policy templates and summaries.
export * from "./requests";
export { getHumanReadableSummary } from "./summary";
export { registerPolicyTemplate, renderPolicy, type PolicyParameter } from "./templates";
export type { DelegationRequestShape } from "./shape";

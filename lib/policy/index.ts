// The engine's public barrel: the app imports lib/policy only through this file.
export { parsePolicy, type ParseOptions } from "./parse";
export { policySize, sizeError, INLINE_LIMITS, SIZE_LIMITS, type InlineEntity, type SizeOptions } from "./parse/size";
export { printPolicy } from "./print";
export { compilePolicy, loadPolicy, loadSharedPolicy, type CompiledPolicy } from "./compile";
export { evaluate } from "./evaluate";
export type {
  PrincipalInfo,
  EvaluationRequest,
  Decision,
  DeniedBy,
  StatementMatch,
  StatementExplanation,
  PolicyExplanation,
  EvaluationResult,
} from "./evaluate/request";
export type { ConditionDetail } from "./evaluate/conditions";
export type { MatchLevel } from "./evaluate/principal-match";
export { accessDeniedMessage, denialContext, type MessageOptions } from "./explain";
export { createContext } from "./context";
export { validatePolicy } from "./validate";
export type * from "./types";

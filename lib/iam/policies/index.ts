// Customer and AWS managed policies: the verbs the console and the Query API share.
export { createPolicy, type CreatePolicyInput } from "./create";
export { getPolicy, getPolicyVersion, listPolicyVersions, listEntitiesForPolicy, type EntityFilter, type PolicyUsageFilter, type ListEntitiesInput, type PolicyEntities } from "./read";
export { createPolicyVersion, setDefaultPolicyVersion, deletePolicyVersion } from "./versions";
export { deletePolicy } from "./delete";
export { tagPolicy, untagPolicy, listPolicyTags, replacePolicyTags } from "./tagging";
export { findPolicyOrThrow, findAttachableOrThrow, findBoundaryOrThrow } from "./lookup";
export type { PolicyShape, PolicyVersionShape } from "./shape";

// IAM user groups: the group itself, its members, its attached managed and inline policies.
// Membership and group-policy actions name the group's ARN, as AWS's service authorization
// reference does; ListGroupsForUser names the user's.
export * from "./shape";
export * from "./crud";
export * from "./members";
export * from "./attached";
export * from "./inline";

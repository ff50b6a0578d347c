// IAM users: the user itself, its attached and inline policies, tags, rename and boundary.
export * from "./crud";
export * from "./attached";
export * from "./inline";
export * from "./tagging";
export * from "./update";

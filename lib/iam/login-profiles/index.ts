// Console passwords (login profiles) of IAM users.
export * from "./profiles";

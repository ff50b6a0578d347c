// Access keys of IAM users and of the root user.
export * from "./keys";

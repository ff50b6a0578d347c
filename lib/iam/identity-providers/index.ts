// SAML and OpenID Connect identity providers: create/read/delete, and the changes after creation.
export * from "./providers";
export * from "./changes";

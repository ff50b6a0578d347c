// Instance profiles and the roles they carry.
export * from "./profiles";

// The policy simulator API (SimulatePrincipalPolicy / SimulateCustomPolicy).
export * from "./input";
export * from "./simulate";

// The policy simulator API (SimulatePrincipalPolicy / SimulateCustomPolicy).
export * from "./simulate";

// The current lab's console API (app/api/console/labs/current), shared by the console layout (its
// preload) and the lab panel's query.
export const CURRENT_LAB_API = "/api/console/labs/current";

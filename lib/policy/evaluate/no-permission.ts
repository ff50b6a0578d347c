// Actions AWS performs without any permission: no policy allows them and none can deny them. The
// engine answers Allowed for them, so the wire, the console and the simulator agree.
// sts:GetCallerIdentity: "No permissions are required to perform this operation. If an administrator
// attaches a policy to your identity that explicitly denies access to the sts:GetCallerIdentity
// action, you can still perform this operation."
// (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html)
import type { PreparedAction } from "./action-match";

const NO_PERMISSION = new Set(["sts:getcalleridentity"]);

/** `action` is already folded to lower case (prepareAction). */
export function needsNoPermission(action: PreparedAction): boolean {
  return action.service === "sts" && NO_PERMISSION.has(action.full);
}

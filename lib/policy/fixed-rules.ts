// Refusals AWS makes by a fixed rule of the service rather than by any policy. One table, read by the
// engine (so the corpus, the simulator and the console see them) and by STS before it looks the role
// up (the order AWS checks in).
import type { PrincipalInfo } from "./evaluate/request";

/** AssumeRole with the account root user's credentials (STS API reference, AssumeRole: "You cannot use
 *  AWS account root user credentials to call AssumeRole") — AWS's AccessDenied text [OBS]. */
export const ROOT_CANNOT_ASSUME = "Roles may not be assumed by root accounts.";

/** AWS's sentence when a fixed rule refuses `action` to this kind of caller, else undefined. */
export function fixedRuleDenial(kind: PrincipalInfo["kind"], action: string): string | undefined {
  if (kind === "root" && action.toLowerCase() === "sts:assumerole") return ROOT_CANNOT_ASSUME;
  return undefined;
}

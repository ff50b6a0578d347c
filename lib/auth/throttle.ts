// Sign-in throttling, per client address + identity and per client address, each with its own
// budget. The address is the real one (lib/net, never a client header), and no budget is kept per
// identity alone: a flood of wrong passwords from one address cannot lock the user out for anyone
// else (the right password from another address still signs in). The failures live in the
// database (lib/data/throttles.ts): every instance on one sandbox counts them together.
import { Throttle, type ThrottleRule } from "@/lib/data/throttles";

export { Throttle, type ThrottleRule };

/** Failures from one address against one identity. */
export const IDENTITY_RULE: ThrottleRule = { maxFailures: 5, windowMs: 5 * 60_000 };
/** Failures from one address, whichever identities it tries. */
export const CLIENT_RULE: ThrottleRule = { maxFailures: 50, windowMs: 10 * 60_000 };

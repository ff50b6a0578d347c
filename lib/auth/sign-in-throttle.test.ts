// Sign-in throttling through next-auth's authorize(), against a real seeded sandbox, with requests
// stamped the way server.ts stamps them. The throttle keys on the real client address (never
// X-Forwarded-For) together with the identity, so rotating a header buys nothing, and a flood of
// wrong passwords from one address cannot lock the user out for anyone else.
import type { IncomingMessage } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox } from "@/lib/testing/sandbox";
import { CLIENT_IP_HEADER, stampClientAddress } from "@/lib/net/stamped-address";
import { CLIENT_RULE, IDENTITY_RULE } from "./throttle";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string | undefined> }) => Promise<unknown>;
let authorize: Authorize;
const ADMIN = { type: "iam", account: "111111111111", userName: "admin", password: "Sandbox-Admin-1!" };

beforeAll(async () => {
  await openSandbox();
  const { authOptions } = await import("./options");
  authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
}, 60_000);

/** The headers next-auth hands authorize() for a request from `peer` that claims `forwardedFor`. */
function headersFrom(peer: string, forwardedFor: string): Record<string, string | undefined> {
  const req = { socket: { remoteAddress: peer }, headers: { "x-forwarded-for": forwardedFor }, rawHeaders: ["X-Forwarded-For", forwardedFor] };
  stampClientAddress(req as unknown as IncomingMessage);
  return req.headers as Record<string, string | undefined>;
}

async function outcome(credentials: Record<string, string>, headers: Record<string, string | undefined>): Promise<string> {
  try {
    await authorize(credentials, { headers });
    return "OK";
  } catch (e) {
    return (e as Error).message;
  }
}

describe("sign-in throttling", () => {
  it("counts every attempt from one address, however X-Forwarded-For rotates", async () => {
    const peer = "::ffff:198.51.100.10";
    const seen: string[] = [];
    // Different user names, so only the per-address budget can stop the flood.
    for (let i = 0; i < CLIENT_RULE.maxFailures + 3; i++) {
      const headers = headersFrom(peer, `203.0.113.${i}`);
      seen.push(await outcome({ ...ADMIN, userName: `guess-${i}`, password: "wrong" }, headers));
    }
    expect(seen.slice(0, CLIENT_RULE.maxFailures)).toEqual(new Array(CLIENT_RULE.maxFailures).fill("INVALID"));
    expect(seen.slice(CLIENT_RULE.maxFailures)).toEqual(new Array(3).fill("THROTTLED"));
  }, 90_000); // 53 bcrypt comparisons

  it("throttles one address against one user while the right password from another address signs in", async () => {
    const attacker = headersFrom("198.51.100.20", "10.0.0.1");
    for (let i = 0; i < IDENTITY_RULE.maxFailures; i++) expect(await outcome({ ...ADMIN, password: `wrong-${i}` }, attacker)).toBe("INVALID");
    expect(await outcome(ADMIN, attacker)).toBe("THROTTLED");
    expect(await outcome(ADMIN, headersFrom("198.51.100.21", "198.51.100.20"))).toBe("OK");
    // The throttled address may still try other users.
    expect(await outcome({ ...ADMIN, userName: "alice", password: "wrong" }, attacker)).toBe("INVALID");
  });

  it("believes no address header the server did not stamp", async () => {
    const forged = { [CLIENT_IP_HEADER]: "198.51.100.30" };
    for (let i = 0; i < IDENTITY_RULE.maxFailures; i++) expect(await outcome({ ...ADMIN, userName: "alice", password: "x" }, forged)).toBe("INVALID");
    // A forged address is no address at all: it shares the unknown client's budget.
    expect(await outcome({ ...ADMIN, userName: "alice", password: "x" }, { [CLIENT_IP_HEADER]: "198.51.100.31" })).toBe("THROTTLED");
  });
});

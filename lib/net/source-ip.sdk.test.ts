// aws:SourceIp on the wire comes from the socket, through a real node:http server and the real SDK:
// a client cannot claim an address by sending X-Forwarded-For, a Deny on the loopback range applies
// to loopback callers, X-Forwarded-For counts only from a proxy listed in TRUSTED_PROXIES, and the
// activity row records the address the decision used.
// AWS: aws:SourceIp is "the requester's IP address" —
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip
import { IAMClient, ListUsersCommand, CreateAccessKeyCommand, CreateUserCommand, PutUserPolicyCommand } from "@aws-sdk/client-iam";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
}, 90_000);
afterAll(async () => h?.close());
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

function client(credentials: Creds, forwardedFor?: string): IAMClient {
  const c = new IAMClient({ endpoint: h.url, region: "us-east-1", credentials });
  if (forwardedFor) {
    // Added before signing, as a client (or a proxy that re-signs nothing) would send it.
    c.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers["x-forwarded-for"] = forwardedFor;
        return next(args);
      },
      { step: "build" },
    );
  }
  return c;
}

async function userWithPolicy(name: string, statements: object[]): Promise<Creds> {
  const admin = client(ADMIN_111);
  await admin.send(new CreateUserCommand({ UserName: name }));
  await admin.send(
    new PutUserPolicyCommand({ UserName: name, PolicyName: "ip", PolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: statements }) }),
  );
  const key = (await admin.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey;
  return { accessKeyId: key?.AccessKeyId ?? "", secretAccessKey: key?.SecretAccessKey ?? "" };
}

/** The error code of a ListUsers call, or "OK", with its request id. */
async function listUsers(c: IAMClient): Promise<{ outcome: string; requestId?: string }> {
  try {
    const out = await c.send(new ListUsersCommand({}));
    return { outcome: "OK", requestId: out.$metadata.requestId };
  } catch (e) {
    const err = e as { name: string; $metadata?: { requestId?: string } };
    return { outcome: err.name, requestId: err.$metadata?.requestId };
  }
}

async function activitySourceIp(requestId: string | undefined): Promise<string | null | undefined> {
  // Imported late: lib/db must not load before the harness points it at its sandbox.
  await (await import("@/lib/data/sql")).flushPendingWrites();
  for (let i = 0; i < 40; i++) {
    const row = await h.db.activityEvent.findFirst({ where: { requestId } });
    if (row) return row.sourceIp;
    await new Promise((r) => setTimeout(r, 25));
  }
  return undefined;
}

describe("aws:SourceIp on the wire", () => {
  let onlyFromDocNet: Creds;
  let notFromLoopback: Creds;

  beforeAll(async () => {
    onlyFromDocNet = await userWithPolicy("only-from-203", [
      { Effect: "Allow", Action: "iam:ListUsers", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } },
    ]);
    notFromLoopback = await userWithPolicy("not-from-loopback", [
      { Effect: "Allow", Action: "iam:ListUsers", Resource: "*" },
      { Effect: "Deny", Action: "*", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "127.0.0.0/8" } } },
    ]);
  }, 30_000);

  it("ignores X-Forwarded-For from a client that is not a trusted proxy", async () => {
    const spoofed = await listUsers(client(onlyFromDocNet, "203.0.113.7"));
    expect(spoofed.outcome).toBe("AccessDenied");
    expect(await activitySourceIp(spoofed.requestId)).toBe("127.0.0.1");
  });

  it("applies a Deny on the loopback range to a loopback caller, whatever it forwards", async () => {
    expect((await listUsers(client(notFromLoopback))).outcome).toBe("AccessDenied");
    expect((await listUsers(client(notFromLoopback, "203.0.113.7"))).outcome).toBe("AccessDenied");
  });

  it("believes X-Forwarded-For when the peer is listed in TRUSTED_PROXIES", async () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    const forwarded = await listUsers(client(onlyFromDocNet, "203.0.113.7"));
    expect(forwarded.outcome).toBe("OK");
    expect(await activitySourceIp(forwarded.requestId)).toBe("203.0.113.7");
    // A hop the trusted proxy reports but does not vouch for stays the client: spoofed entries to
    // its left are ignored.
    expect((await listUsers(client(onlyFromDocNet, "203.0.113.7, 198.51.100.9"))).outcome).toBe("AccessDenied");
  });

  it("records the socket address on every wire activity row", async () => {
    const ok = await listUsers(client(ADMIN_111));
    expect(ok.outcome).toBe("OK");
    expect(await activitySourceIp(ok.requestId)).toBe("127.0.0.1");
  });
});

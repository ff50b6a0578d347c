// SANDBOX_CLOCK (training spec §10, lib/server-now.ts) over the real SDK and SigV4: the server's
// clock starts at the fixed instant, so STS expirations, CloudTrail event times and CreateDates
// carry the sandbox's date, while signatures (dated by this machine's clock) and TOTP codes (an
// authenticator's clock) are still checked against the wall clock.
import { CloudTrailClient, LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import { CreateRoleCommand, GetAccessKeyLastUsedCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetSessionTokenCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totp } from "@/lib/iam/mfa-devices/totp";
import { ADMIN_111, iamClient, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

const CLOCK = "2026-01-15T10:00:00Z";
const ACCT = "111111111111";
const ADMIN_ARN = `arn:aws:iam::${ACCT}:user/admin`;
const MFA_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const MFA_SERIAL = `arn:aws:iam::${ACCT}:mfa/admin-clock`;

let h: Harness;
const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds, maxAttempts: 1 });
/** The server's clock as this process's SANDBOX_CLOCK defines it: the fixed instant plus the process's age. */
const sandboxNow = () => Date.parse(CLOCK) + performance.now();
const near = (actual: Date | undefined, expected: number) => expect(Math.abs((actual?.getTime() ?? 0) - expected)).toBeLessThan(5_000);

const previous = process.env.SANDBOX_CLOCK;
beforeAll(async () => {
  process.env.SANDBOX_CLOCK = CLOCK;
  h = await startHarness();
}, 90_000);
afterAll(async () => {
  await h?.close();
  if (previous === undefined) delete process.env.SANDBOX_CLOCK;
  else process.env.SANDBOX_CLOCK = previous;
});

describe("SANDBOX_CLOCK", () => {
  it("dates a role's CreateDate and an AssumeRole session by the sandbox's clock", async () => {
    const iam = iamClient(h.url, ADMIN_111);
    const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: ADMIN_ARN }, Action: "sts:AssumeRole" }] };
    const created = await iam.send(new CreateRoleCommand({ RoleName: "ClockRole", AssumeRolePolicyDocument: JSON.stringify(trust) }));
    expect(created.Role?.CreateDate?.toISOString().slice(0, 10)).toBe("2026-01-15");
    near(created.Role?.CreateDate, sandboxNow());

    const assumed = await sts(ADMIN_111).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCT}:role/ClockRole`, RoleSessionName: "clock" }));
    expect(assumed.Credentials?.Expiration?.toISOString().slice(0, 10)).toBe("2026-01-15");
    near(assumed.Credentials?.Expiration, sandboxNow() + 3600_000);
  });

  it("records CloudTrail events and key last-use at the sandbox's time", async () => {
    const trail = new CloudTrailClient({ endpoint: `${h.url}/api/aws`, region: "us-east-1", credentials: ADMIN_111, maxAttempts: 1 });
    const events = await trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "AssumeRole" }] }));
    expect(events.Events?.length).toBeGreaterThan(0);
    const time = events.Events![0].EventTime;
    expect(time?.toISOString().slice(0, 10)).toBe("2026-01-15");
    near(time, sandboxNow());
    expect(JSON.parse(events.Events![0].CloudTrailEvent ?? "{}").eventTime.slice(0, 10)).toBe("2026-01-15");

    const used = await iamClient(h.url, ADMIN_111).send(new GetAccessKeyLastUsedCommand({ AccessKeyId: ADMIN_111.accessKeyId }));
    near(used.AccessKeyLastUsed?.LastUsedDate, sandboxNow());
  });

  it("checks TOTP codes against the wall clock, where authenticators live", async () => {
    const admin = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
    await h.db.mfaDevice.create({ data: { serialNumber: MFA_SERIAL, accountId: ACCT, userId: admin.id, secret: MFA_SECRET } });
    const out = await sts(ADMIN_111).send(new GetSessionTokenCommand({ SerialNumber: MFA_SERIAL, TokenCode: totp(MFA_SECRET, Date.now()) }));
    near(out.Credentials?.Expiration, sandboxNow() + 12 * 3600_000);
  });
});

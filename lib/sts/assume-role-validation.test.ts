// AssumeRole's parameter constraints over the wire (the real SDK, the real endpoint): each length
// constraint of the STS model answers ValidationError (400) in Coral's words, violations reported
// together in the model's member order; a session policy over 2,048 characters is one of them, not
// LimitExceeded, and stays distinct from PackedPolicyTooLarge.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html#API_AssumeRole_RequestParameters
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient, type AssumeRoleCommandInput } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, createRole, startHarness, type Harness } from "@/lib/wire/testing";

let h: Harness;
const ACCT = "111111111111";
const ROLE = `arn:aws:iam::${ACCT}:role/LimitsRole`;

const sts = () => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: ADMIN_111, maxAttempts: 1 });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: { name: string; message: string; $metadata?: { httpStatusCode?: number } }) => ({ name: e.name, message: e.message, status: e.$metadata?.httpStatusCode }),
  );
const assume = (input: Partial<AssumeRoleCommandInput>) => sts().send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: "limits", ...input }));

/** A valid session policy of exactly `length` characters (padded inside a Sid-free statement's Resource). */
function policyOfLength(length: number, fill: (n: number) => string = (n) => "a".repeat(n)): string {
  const text = (resource: string) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: resource }] });
  const base = text("arn:aws:s3:::").length;
  return text(`arn:aws:s3:::${fill(length - base)}`);
}

const tooLong = (path: string, value: string, max: number) =>
  `Value '${value}' at '${path}' failed to satisfy constraint: Member must have length less than or equal to ${max}`;
const tooShort = (path: string, value: string, min: number) =>
  `Value '${value}' at '${path}' failed to satisfy constraint: Member must have length greater than or equal to ${min}`;

beforeAll(async () => {
  h = await startHarness();
  await createRole(h.db, {
    accountId: ACCT,
    name: "LimitsRole",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:user/admin` }, Action: "sts:AssumeRole" }] },
  });
}, 90_000);

afterAll(async () => h?.close());

describe("AssumeRole parameter constraints", () => {
  it("answers ValidationError (400), not LimitExceeded, for a session policy over 2,048 characters", async () => {
    const policy = policyOfLength(2049);
    expect(policy).toHaveLength(2049);
    expect(await failure(assume({ Policy: policy }))).toEqual({
      name: "ValidationError",
      message: `1 validation error detected: ${tooLong("policy", policy, 2048)}`,
      status: 400,
    });
  });

  it("accepts a 2,048-character session policy", async () => {
    const out = await assume({ Policy: policyOfLength(2048) });
    expect(out.PackedPolicySize).toBeGreaterThan(0);
  });

  it("keeps PackedPolicyTooLarge for a policy within 2,048 characters that packs too large", async () => {
    // Random text does not compress: the packed form overflows its budget.
    let seed = 7;
    const random = (n: number) =>
      Array.from({ length: n }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return "abcdefghijklmnopqrstuvwxyz0123456789"[seed % 36];
      }).join("");
    const e = await failure(assume({ Policy: policyOfLength(2048, random) }));
    expect(e).toMatchObject({ name: "PackedPolicyTooLargeException", status: 400 });
    expect(e.message).toMatch(/^Packed policy consumes \d+% of allotted space, please use smaller policy\.$/);
  });

  it("reports every violated length constraint together, in the model's member order", async () => {
    const policy = policyOfLength(2049);
    const e = await failure(
      assume({
        RoleSessionName: "x",
        Policy: policy,
        DurationSeconds: 600,
        ExternalId: "e",
        SerialNumber: "short",
        TokenCode: "12345",
        SourceIdentity: "s",
      }),
    );
    expect(e).toEqual({
      name: "ValidationError",
      status: 400,
      message:
        "7 validation errors detected: " +
        [
          tooShort("roleSessionName", "x", 2),
          tooLong("policy", policy, 2048),
          "Value '600' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
          tooShort("externalId", "e", 2),
          tooShort("serialNumber", "short", 9),
          tooShort("tokenCode", "12345", 6),
          tooShort("sourceIdentity", "s", 2),
        ].join("; "),
    });
  });

  it("reports the upper bounds too", async () => {
    const name = "n".repeat(65);
    const externalId = "e".repeat(1225);
    const serial = "s".repeat(257);
    const source = "i".repeat(65);
    const e = await failure(
      assume({ RoleSessionName: name, DurationSeconds: 43201, ExternalId: externalId, SerialNumber: serial, TokenCode: "1234567", SourceIdentity: source }),
    );
    expect(e.message).toBe(
      "6 validation errors detected: " +
        [
          tooLong("roleSessionName", name, 64),
          "Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
          tooLong("externalId", externalId, 1224),
          tooLong("serialNumber", serial, 256),
          tooLong("tokenCode", "1234567", 6),
          tooLong("sourceIdentity", source, 64),
        ].join("; "),
    );
  });

  it("answers the same ValidationError for AssumeRoleWithWebIdentity's session policy", async () => {
    const policy = policyOfLength(2049);
    const anonymous = new STSClient({ endpoint: h.url, region: "us-east-1", maxAttempts: 1 });
    const e = await failure(
      anonymous.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: ROLE, RoleSessionName: "limits", WebIdentityToken: "not-a-token", Policy: policy })),
    );
    expect(e).toEqual({ name: "ValidationError", message: `1 validation error detected: ${tooLong("policy", policy, 2048)}`, status: 400 });
  });
});

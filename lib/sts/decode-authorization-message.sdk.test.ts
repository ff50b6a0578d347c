// DecodeAuthorizationMessage with the real @aws-sdk/client-sts against the real endpoint: a denial's
// encoded message (as the console offers it) decodes into AWS's documented JSON for a caller with
// sts:DecodeAuthorizationMessage in the denied caller's account, and for nobody else.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html
import { DecodeAuthorizationMessageCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { ADMIN_111, ADMIN_222, createKey, sdkFailure, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

let h: Harness;
let plain: Creds;
const ACCT = "111111111111";
const USER_ID = "AIDADECODEDENIED0001";
const USER_ARN = `arn:aws:iam::${ACCT}:user/denied`;

const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds, maxAttempts: 1 });
const decodeAs = (creds: Creds, EncodedMessage: string) => sts(creds).send(new DecodeAuthorizationMessageCommand({ EncodedMessage }));
const deniedUser: Caller = { kind: "user", accountId: ACCT, arn: USER_ARN, userId: USER_ID, userName: "denied", mfa: false, via: "console" };

/** The encoded message the console shows for `caller` being refused `action` on `resource`. */
async function encodedDenial(caller: Caller, action: string, resource: string): Promise<string> {
  const { decide } = await import("@/lib/authz/decide");
  const { encodedMessageOf } = await import("@/lib/authz/decoded-message");
  const d = await decide(caller, action, resource);
  expect(d.allowed).toBe(false);
  return encodedMessageOf(d);
}

beforeAll(async () => {
  h = await startHarness();
  await h.db.user.create({ data: { id: USER_ID, accountId: ACCT, name: "denied", nameLower: "denied", path: "/", arn: USER_ARN } });
  await h.db.inlinePolicy.create({
    data: {
      ownerType: "user",
      ownerId: USER_ID,
      name: "no-deleting",
      document: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Action: "iam:Get*", Resource: "*" },
          { Sid: "NoDeletingUsers", Effect: "Deny", Action: ["iam:DeleteUser"], Resource: `arn:aws:iam::${ACCT}:user/*`, Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } } },
        ],
      }),
    },
  });
  plain = await createKey(h.db, ACCT, "denied");
}, 90_000);

afterAll(async () => h?.close());

describe("DecodeAuthorizationMessage", () => {
  it("decodes an implicit deny into AWS's shape: no matched statement, the caller's context", async () => {
    const encoded = await encodedDenial(deniedUser, "iam:ListUsers", `arn:aws:iam::${ACCT}:user/`);
    // AWS's alphabet, within the API's 10,240 characters.
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThanOrEqual(10240);
    const out = await decodeAs(ADMIN_111, encoded);
    const m = JSON.parse(out.DecodedMessage ?? "");
    expect(Object.keys(m)).toEqual(["allowed", "explicitDeny", "matchedStatements", "failures", "context"]);
    expect(m).toMatchObject({
      allowed: false,
      explicitDeny: false,
      matchedStatements: { items: [] },
      failures: { items: [] },
      context: { principal: { id: USER_ID, name: "denied", arn: USER_ARN }, action: "iam:ListUsers", resource: `arn:aws:iam::${ACCT}:user/` },
    });
    // The request's condition keys, each as {key, values: {items: [{value}]}}.
    expect(m.context.conditions.items).toContainEqual({ key: "aws:username", values: { items: [{ value: "denied" }] } });
    expect(m.context.conditions.items).toContainEqual({ key: "aws:userid", values: { items: [{ value: USER_ID }] } });
  });

  it("names the Deny statement that decided an explicit deny", async () => {
    const encoded = await encodedDenial(deniedUser, "iam:DeleteUser", `arn:aws:iam::${ACCT}:user/bob`);
    const m = JSON.parse((await decodeAs(ADMIN_111, encoded)).DecodedMessage ?? "");
    expect(m.explicitDeny).toBe(true);
    expect(m.matchedStatements.items).toEqual([
      {
        statementId: "NoDeletingUsers",
        effect: "DENY",
        principals: { items: [{ value: USER_ID }] },
        principalGroups: { items: [] },
        actions: { items: [{ value: "iam:DeleteUser" }] },
        resources: { items: [{ value: `arn:aws:iam::${ACCT}:user/*` }] },
        conditions: { items: [{ key: "aws:MultiFactorAuthPresent", values: { items: [{ value: "false" }] } }] },
      },
    ]);
  });

  it("requires sts:DecodeAuthorizationMessage, checked before the message is read", async () => {
    const encoded = await encodedDenial(deniedUser, "iam:ListUsers", `arn:aws:iam::${ACCT}:user/`);
    const denied = {
      name: "AccessDenied",
      status: 403,
      message: `User: ${USER_ARN} is not authorized to perform: sts:DecodeAuthorizationMessage because no identity-based policy allows the sts:DecodeAuthorizationMessage action`,
    };
    expect(await sdkFailure(decodeAs(plain, encoded))).toEqual(denied);
    expect(await sdkFailure(decodeAs(plain, "garbage"))).toEqual(denied);
  });

  it("answers InvalidAuthorizationMessageException (400) for garbage, an altered message, or another account's", async () => {
    const encoded = await encodedDenial(deniedUser, "iam:ListUsers", `arn:aws:iam::${ACCT}:user/`);
    const invalid = { name: "InvalidAuthorizationMessageException", status: 400, message: "Message is not valid" };
    expect(await sdkFailure(decodeAs(ADMIN_111, "not an encoded message"))).toEqual(invalid);
    expect(await sdkFailure(decodeAs(ADMIN_111, "AAAA"))).toEqual(invalid);
    const i = Math.floor(encoded.length / 2);
    const altered = encoded.slice(0, i) + (encoded[i] === "A" ? "B" : "A") + encoded.slice(i + 1);
    expect(await sdkFailure(decodeAs(ADMIN_111, altered))).toEqual(invalid);
    // [INF] Sealed for account 111111111111: its denial details never open in 222222222222.
    expect(await sdkFailure(decodeAs(ADMIN_222, encoded))).toEqual(invalid);
  });

  it("stays within the API's 10,240 characters: a huge request context is shed, the verdict kept", async () => {
    const { randomBytes } = await import("node:crypto");
    const { decide } = await import("@/lib/authz/decide");
    const { encodedMessageOf } = await import("@/lib/authz/decoded-message");
    const context = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`aws:RequestTag/k${i}`, randomBytes(40).toString("hex")]));
    const d = await decide(deniedUser, "iam:ListUsers", `arn:aws:iam::${ACCT}:user/`, { context });
    const encoded = encodedMessageOf(d);
    expect(encoded.length).toBeLessThanOrEqual(10240);
    const m = JSON.parse((await decodeAs(ADMIN_111, encoded)).DecodedMessage ?? "");
    expect(m).toMatchObject({ allowed: false, context: { action: "iam:ListUsers", principal: { arn: USER_ARN }, conditions: { items: [] } } });
  });

  it("validates EncodedMessage: 1 to 10,240 characters", async () => {
    const tooLong = await sdkFailure(decodeAs(ADMIN_111, "A".repeat(10241)));
    expect(tooLong).toEqual({
      name: "ValidationError",
      status: 400,
      message: `1 validation error detected: Value '${"A".repeat(10241)}' at 'encodedMessage' failed to satisfy constraint: Member must have length less than or equal to 10240`,
    });
    expect((await sdkFailure(decodeAs(ADMIN_111, ""))).name).toBe("ValidationError");
  });
});

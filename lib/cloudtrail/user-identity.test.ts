// userIdentity per principal type: spec §1.3 and
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
import { describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { accountIdentity, HIDDEN_USER_NAME, trailUsername, userIdentity } from "./user-identity";

const ACCT = "111122223333";
const issuedAt = new Date("2026-11-22T10:00:00Z");
const session = (extra: Partial<NonNullable<Caller["session"]>> = {}) => ({
  accessKeyId: "ASIAEXAMPLESESSION01",
  name: "alice",
  issuedAt,
  expiresAt: new Date("2026-11-22T11:00:00Z"),
  sessionPolicyArns: [],
  ...extra,
});
const alice: Caller = { kind: "user", accountId: ACCT, arn: `arn:aws:iam::${ACCT}:user/alice`, userId: "AIDAEXAMPLEALICE0001", userName: "alice", mfa: false, via: "api" };
const root: Caller = { kind: "root", accountId: ACCT, arn: `arn:aws:iam::${ACCT}:root`, mfa: false, via: "api" };
const roleSession: Caller = {
  kind: "assumed-role",
  accountId: ACCT,
  arn: `arn:aws:sts::${ACCT}:assumed-role/Admin/alice`,
  role: { id: "AROAEXAMPLEADMIN0001", arn: `arn:aws:iam::${ACCT}:role/Admin`, name: "Admin" },
  session: session(),
  mfa: true,
  via: "api",
};

const json = (v: unknown) => JSON.stringify(v);

describe("userIdentity", () => {
  it("IAMUser with a long-term key: example A's shape, in AWS's key order", () => {
    expect(json(userIdentity({ kind: "caller", caller: alice }, { accessKeyId: "AKIAEXAMPLEALICE0001" }))).toBe(
      '{"type":"IAMUser","principalId":"AIDAEXAMPLEALICE0001","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","accessKeyId":"AKIAEXAMPLEALICE0001","userName":"alice"}',
    );
  });

  it("IAMUser without a key (console sign-in, example E): no accessKeyId", () => {
    expect(Object.keys(userIdentity({ kind: "caller", caller: alice }))).toEqual(["type", "principalId", "arn", "accountId", "userName"]);
  });

  it("IAMUser with GetSessionToken credentials adds an empty issuer and web-identity data", () => {
    const caller: Caller = { ...alice, session: session(), mfa: true };
    expect(json(userIdentity({ kind: "caller", caller }, { accessKeyId: "ASIAEXAMPLESESSION01" }))).toBe(
      '{"type":"IAMUser","principalId":"AIDAEXAMPLEALICE0001","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","accessKeyId":"ASIAEXAMPLESESSION01","userName":"alice",' +
        '"sessionContext":{"sessionIssuer":{},"webIdFederationData":{},"attributes":{"creationDate":"2026-11-22T10:00:00Z","mfaAuthenticated":"true"}}}',
    );
  });

  it("Root: principalId is the account, userName the alias when there is one", () => {
    expect(json(userIdentity({ kind: "caller", caller: root }, { accessKeyId: "AKIAROOT", accountAlias: "acme-prod" }))).toBe(
      '{"type":"Root","principalId":"111122223333","arn":"arn:aws:iam::111122223333:root","accountId":"111122223333","accessKeyId":"AKIAROOT","userName":"acme-prod"}',
    );
    expect(userIdentity({ kind: "caller", caller: root }, { accessKeyId: "AKIAROOT" })).not.toHaveProperty("userName");
  });

  it("AssumedRole: sessionIssuer, attributes, sourceIdentity; no empty webIdFederationData", () => {
    const caller: Caller = { ...roleSession, session: session({ sourceIdentity: "alice-src" }) };
    expect(json(userIdentity({ kind: "caller", caller }, { accessKeyId: "ASIAEXAMPLESESSION01" }))).toBe(
      '{"type":"AssumedRole","principalId":"AROAEXAMPLEADMIN0001:alice","arn":"arn:aws:sts::111122223333:assumed-role/Admin/alice","accountId":"111122223333","accessKeyId":"ASIAEXAMPLESESSION01",' +
        '"sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLEADMIN0001","arn":"arn:aws:iam::111122223333:role/Admin","accountId":"111122223333","userName":"Admin"},' +
        '"attributes":{"creationDate":"2026-11-22T10:00:00Z","mfaAuthenticated":"true"},"sourceIdentity":"alice-src"}}',
    );
  });

  it("invokedBy comes last when a service (or the console) made the call", () => {
    const id = userIdentity({ kind: "caller", caller: roleSession }, { accessKeyId: "ASIAEXAMPLESESSION01", invokedBy: "AWS Internal" });
    expect(Object.keys(id).at(-1)).toBe("invokedBy");
    expect(id.invokedBy).toBe("AWS Internal");
  });

  it("FederatedUser: the federating IAM user is the session issuer", () => {
    const caller: Caller = {
      kind: "federated-user",
      accountId: ACCT,
      arn: `arn:aws:sts::${ACCT}:federated-user/Bob`,
      userId: "AIDAEXAMPLEALICE0001",
      federatedBy: `arn:aws:iam::${ACCT}:user/alice`,
      session: session({ name: "Bob" }),
      mfa: false,
      via: "api",
    };
    expect(json(userIdentity({ kind: "caller", caller }, { accessKeyId: "ASIAFED" }))).toBe(
      '{"type":"FederatedUser","principalId":"111122223333:Bob","arn":"arn:aws:sts::111122223333:federated-user/Bob","accountId":"111122223333","accessKeyId":"ASIAFED",' +
        '"sessionContext":{"sessionIssuer":{"type":"IAMUser","principalId":"AIDAEXAMPLEALICE0001","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","userName":"alice"},' +
        '"webIdFederationData":{},"attributes":{"creationDate":"2026-11-22T10:00:00Z","mfaAuthenticated":"false"}}}',
    );
    expect(trailUsername({ kind: "caller", caller })).toBe("Bob");
  });

  it("WebIdentityUser (example D): issuer:aud:sub, the provider ARN as identityProvider", () => {
    const provider = "arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com";
    const sub = "repo:acme/app:ref:refs/heads/main";
    const actor = { kind: "web-identity" as const, caller: { kind: "anonymous" as const, federatedProvider: provider }, identityProvider: provider, audience: "sts.amazonaws.com", subject: sub };
    expect(json(userIdentity(actor))).toBe(
      `{"type":"WebIdentityUser","principalId":"${provider}:sts.amazonaws.com:${sub}","userName":"${sub}","identityProvider":"${provider}"}`,
    );
    expect(trailUsername(actor)).toBe(sub);
  });

  it("SAMLUser: namequalifier:sub", () => {
    const actor = {
      kind: "saml" as const,
      caller: { kind: "anonymous" as const, federatedProvider: "arn:aws:iam::444455556666:saml-provider/Okta" },
      nameQualifier: "Ab1Cd2Ef3Gh4=",
      subject: "alice@example.com",
      identityProvider: "arn:aws:iam::444455556666:saml-provider/Okta",
    };
    expect(json(userIdentity(actor))).toBe('{"type":"SAMLUser","principalId":"Ab1Cd2Ef3Gh4=:alice@example.com","userName":"alice@example.com","identityProvider":"Ab1Cd2Ef3Gh4="}');
  });

  it("AWSService: only the service; no LookupEvents user name", () => {
    const actor = { kind: "service" as const, accountId: ACCT, invokedBy: "lambda.amazonaws.com" };
    expect(json(userIdentity(actor))).toBe('{"type":"AWSService","invokedBy":"lambda.amazonaws.com"}');
    expect(trailUsername(actor)).toBeUndefined();
  });

  it("AWSAccount: the role account's copy names the caller by unique id and account", () => {
    expect(json(accountIdentity(alice))).toBe('{"type":"AWSAccount","principalId":"AIDAEXAMPLEALICE0001","accountId":"111122223333"}');
    expect(accountIdentity(roleSession).principalId).toBe("AROAEXAMPLEADMIN0001:alice");
    expect(accountIdentity(root).principalId).toBe(ACCT);
  });

  it("failed sign-in: empty accessKeyId; an unknown user name is hidden", () => {
    expect(json(userIdentity({ kind: "sign-in-failure", accountId: ACCT, userName: "nobody" }))).toBe(
      `{"type":"IAMUser","accountId":"111122223333","accessKeyId":"","userName":"${HIDDEN_USER_NAME}"}`,
    );
    const known = { kind: "sign-in-failure" as const, accountId: ACCT, userName: "alice", knownUser: { arn: alice.arn, userId: "AIDAEXAMPLEALICE0001" } };
    expect(json(userIdentity(known))).toBe('{"type":"IAMUser","principalId":"AIDAEXAMPLEALICE0001","accountId":"111122223333","accessKeyId":"","userName":"alice"}');
  });

  it("LookupEvents Username: user name, root, session name", () => {
    expect(trailUsername({ kind: "caller", caller: alice })).toBe("alice");
    expect(trailUsername({ kind: "caller", caller: root })).toBe("root");
    expect(trailUsername({ kind: "caller", caller: roleSession })).toBe("alice");
  });
});

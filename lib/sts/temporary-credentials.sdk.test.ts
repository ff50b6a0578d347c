// Fixed refusals for temporary credentials (lib/policy/fixed-rules.ts) with the real SDK over SigV4,
// whatever the policies allow: GetFederationToken credentials call no STS operation but
// GetCallerIdentity; GetSessionToken credentials call STS's AssumeRole and GetCallerIdentity only,
// and IAM only when MFA was given. (IAM refused without MFA: conditions.test.ts, federation-token.test.ts.)
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getfederationtoken.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html#stsapi_comparison
import { ListUsersCommand } from "@aws-sdk/client-iam";
import {
  AssumeRoleCommand,
  DecodeAuthorizationMessageCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  STSClient,
} from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totp } from "@/lib/iam/mfa-devices/totp";
import { ADMIN_111, createRole, fromResult, iamClient, sdkFailure, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

let h: Harness;
const ACCT = "111111111111";
const ADMIN_ARN = `arn:aws:iam::${ACCT}:user/admin`;
const ROLE_ARN = `arn:aws:iam::${ACCT}:role/TempTarget`;
const MFA_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const MFA_SERIAL = `arn:aws:iam::${ACCT}:mfa/admin-temp`;
const ALL = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });

const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds, maxAttempts: 1 });
const denied = (message: string) => ({ name: "AccessDenied", status: 403, message });

beforeAll(async () => {
  h = await startHarness();
  const admin = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
  await h.db.mfaDevice.create({ data: { serialNumber: MFA_SERIAL, accountId: ACCT, userId: admin.id, secret: MFA_SECRET } });
  await createRole(h.db, {
    accountId: ACCT,
    name: "TempTarget",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: ADMIN_ARN }, Action: "sts:AssumeRole" }] },
  });
}, 90_000);

afterAll(async () => h?.close());

describe("GetFederationToken credentials", () => {
  let fed: Creds;
  const FED_ARN = `arn:aws:sts::${ACCT}:federated-user/temp-fed`;
  beforeAll(async () => {
    fed = fromResult((await sts(ADMIN_111).send(new GetFederationTokenCommand({ Name: "temp-fed", Policy: ALL }))).Credentials);
  });

  it("call GetCallerIdentity and nothing else of STS, whatever the session policy allows", async () => {
    expect((await sts(fed).send(new GetCallerIdentityCommand({}))).Arn).toBe(FED_ARN);
    // [INF] STS's AccessDenied for a policy denial, no reason: AWS documents the refusal, not its words.
    expect(await sdkFailure(sts(fed).send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: "x1" })))).toEqual(
      denied(`User: ${FED_ARN} is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN}`),
    );
    // Refused before the role is looked up: a missing role reads the same.
    expect(await sdkFailure(sts(fed).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCT}:role/Missing`, RoleSessionName: "x1" })))).toEqual(
      denied(`User: ${FED_ARN} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCT}:role/Missing`),
    );
    expect(await sdkFailure(sts(fed).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: "abc" })))).toEqual(
      denied(`User: ${FED_ARN} is not authorized to perform: sts:DecodeAuthorizationMessage`),
    );
    expect(await sdkFailure(sts(fed).send(new GetAccessKeyInfoCommand({ AccessKeyId: ADMIN_111.accessKeyId })))).toEqual(
      denied(`User: ${FED_ARN} is not authorized to perform: sts:GetAccessKeyInfo`),
    );
    expect(await sdkFailure(sts(fed).send(new GetSessionTokenCommand({})))).toEqual(denied("Cannot call GetSessionToken with session credentials"));
  });
});

describe("GetSessionToken credentials", () => {
  it("without MFA: AssumeRole and GetCallerIdentity only", async () => {
    const session = fromResult((await sts(ADMIN_111).send(new GetSessionTokenCommand({}))).Credentials);
    expect((await sts(session).send(new GetCallerIdentityCommand({}))).Arn).toBe(ADMIN_ARN);
    const role = await sts(session).send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: "from-token" }));
    expect(role.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/TempTarget/from-token`);
    expect(await sdkFailure(sts(session).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: "abc" })))).toEqual(
      denied(`User: ${ADMIN_ARN} is not authorized to perform: sts:DecodeAuthorizationMessage`),
    );
    expect(await sdkFailure(sts(session).send(new GetAccessKeyInfoCommand({ AccessKeyId: ADMIN_111.accessKeyId })))).toEqual(
      denied(`User: ${ADMIN_ARN} is not authorized to perform: sts:GetAccessKeyInfo`),
    );
    expect(await sdkFailure(sts(session).send(new GetFederationTokenCommand({ Name: "nope" })))).toEqual(
      denied("Cannot call GetFederationToken with session credentials"),
    );
  });

  it("with MFA: IAM operations as the user's policies allow, still no other STS operation", async () => {
    const out = await sts(ADMIN_111).send(new GetSessionTokenCommand({ SerialNumber: MFA_SERIAL, TokenCode: totp(MFA_SECRET) }));
    const session = fromResult(out.Credentials);
    expect((await iamClient(h.url, session).send(new ListUsersCommand({}))).Users?.some((u) => u.UserName === "admin")).toBe(true);
    expect(await sdkFailure(sts(session).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: "abc" })))).toEqual(
      denied(`User: ${ADMIN_ARN} is not authorized to perform: sts:DecodeAuthorizationMessage`),
    );
  });
});

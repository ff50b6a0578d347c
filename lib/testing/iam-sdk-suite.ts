// The setup the IAM SDK tests (lib/aws-query/actions/*.sdk.test.ts) share: one wire harness for the
// file (the real endpoint over a seeded sandbox), the account admin's client, and alice's: a user of
// 111111111111 with an access key and no policy, the caller whose AccessDenied shows that a call is
// authorized before anything is looked up. The harness closes after the file.
import { CreateAccessKeyCommand, CreateUserCommand, PutUserPolicyCommand, type IAMClient } from "@aws-sdk/client-iam";
import { afterAll, beforeAll } from "vitest";
import { ADMIN_111, createKey, iamClient, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

export interface IamSdkSuite {
  h: Harness;
  /** 111111111111's admin. */
  admin: IAMClient;
  /** user/alice of 111111111111, no policy. */
  alice: IAMClient;
  aliceCreds: Creds;
  /** A client of the harness's endpoint for other credentials. */
  client: (credentials: Creds) => IAMClient;
}

/**
 * Registers the file's beforeAll (90 s: the harness migrates a fresh database) and afterAll. `ready`
 * receives the suite once the server is up: the file keeps the members its tests use, then seeds
 * whatever else it needs.
 */
export function iamSdkSuite(ready: (suite: IamSdkSuite) => unknown): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    const harness = await startHarness();
    h = harness;
    const client = (credentials: Creds) => iamClient(harness.url, credentials);
    const aliceCreds = await createKey(harness.db, "111111111111", "alice");
    await ready({ h: harness, admin: client(ADMIN_111), alice: client(aliceCreds), aliceCreds, client });
  }, 90_000);
  afterAll(async () => h?.close());
}

/**
 * A new user of `admin`'s account allowed `actions` on "*" (an inline policy "p"; none for no
 * actions), with an access key: its client on the endpoint at `url`.
 */
export async function userAllowed(admin: IAMClient, url: string, name: string, actions: string[]): Promise<IAMClient> {
  await admin.send(new CreateUserCommand({ UserName: name }));
  if (actions.length) {
    const doc = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: actions, Resource: "*" }] };
    await admin.send(new PutUserPolicyCommand({ UserName: name, PolicyName: "p", PolicyDocument: JSON.stringify(doc) }));
  }
  const key = (await admin.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey;
  return iamClient(url, { accessKeyId: key?.AccessKeyId ?? "", secretAccessKey: key?.SecretAccessKey ?? "" });
}

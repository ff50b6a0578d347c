// GetAccessKeyInfo over the wire with the real @aws-sdk/client-sts: the owning account of long-term
// and temporary keys of either account, whoever asks; the model's ValidationError for malformed ids.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html
import { GetAccessKeyInfoCommand, GetSessionTokenCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, createKey, fromResult, sdkFailure, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

let h: Harness;
let nobody: Creds;
const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds });
const info = (creds: Creds, id: string) => sts(creds).send(new GetAccessKeyInfoCommand({ AccessKeyId: id }));

beforeAll(async () => {
  h = await startHarness();
  // A user with no policy at all: GetAccessKeyInfo needs no permission.
  const acct = "111111111111";
  await h.db.user.create({ data: { id: "AIDANOBODY0000000001", accountId: acct, name: "nobody", nameLower: "nobody", path: "/", arn: `arn:aws:iam::${acct}:user/nobody` } });
  nobody = await createKey(h.db, acct, "nobody");
}, 90_000);

afterAll(async () => h?.close());

describe("GetAccessKeyInfo", () => {
  it("names the account of long-term keys of both accounts, root keys included", async () => {
    expect((await info(nobody, ADMIN_111.accessKeyId)).Account).toBe("111111111111");
    expect((await info(nobody, ADMIN_222.accessKeyId)).Account).toBe("222222222222");
    const root222 = await createKey(h.db, "222222222222");
    expect((await info(nobody, root222.accessKeyId)).Account).toBe("222222222222");
  });

  it("names the account of temporary ASIA keys of both accounts", async () => {
    for (const [admin, acct] of [[ADMIN_111, "111111111111"], [ADMIN_222, "222222222222"]] as const) {
      const temp = fromResult((await sts(admin).send(new GetSessionTokenCommand({}))).Credentials);
      expect(temp.accessKeyId).toMatch(/^ASIA/);
      expect((await info(nobody, temp.accessKeyId)).Account).toBe(acct);
    }
  });

  it("still answers for an inactive key", async () => {
    await h.db.accessKey.update({ where: { id: nobody.accessKeyId }, data: { status: "Inactive" } });
    expect((await info(ADMIN_222, nobody.accessKeyId)).Account).toBe("111111111111");
    await h.db.accessKey.update({ where: { id: nobody.accessKeyId }, data: { status: "Active" } });
  });

  it("rejects malformed ids with the model's ValidationError", async () => {
    expect(await sdkFailure(info(nobody, "AKIASHORT"))).toEqual({
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value 'AKIASHORT' at 'accessKeyId' failed to satisfy constraint: Member must have length greater than or equal to 16",
    });
    expect((await sdkFailure(info(nobody, "AKIA-NOT-A-KEY-ID-00"))).message).toBe(
      "1 validation error detected: Value 'AKIA-NOT-A-KEY-ID-00' at 'accessKeyId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w]*",
    );
  });

  it("answers an error, not an account, for a key that does not exist [INF]", async () => {
    const f = await sdkFailure(info(nobody, "AKIAZZZZZZZZZZZZZZZZ"));
    expect(f).toMatchObject({ name: "InvalidParameterValue", status: 400 });
  });
});

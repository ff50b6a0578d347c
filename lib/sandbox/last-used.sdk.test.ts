// A sandbox used only from the CLI is not idle (training spec §6: deletion after 14 idle days): every
// wire call notes its account's sandbox, and lastUsedAt moves at most once a minute per sandbox, off the
// call's path. Before this, only a console sign-in moved it, and the prune deleted CLI-only sandboxes.
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverNow } from "@/lib/server-now";
import { startHarness, type Harness } from "@/lib/wire/testing";
import type { SandboxCredentials } from "./provision";

let h: Harness;
let sandbox: SandboxCredentials;
const previousMode = process.env.SANDBOX_MODE;
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  process.env.SANDBOX_MODE = "multi";
  h = await startHarness();
  const { provisionSandbox } = await import("./provision");
  sandbox = await provisionSandbox(h.db, "learnerCLIonlyxxxxxxxxxxxxx");
}, 60_000);
afterAll(async () => {
  if (previousMode === undefined) delete process.env.SANDBOX_MODE;
  else process.env.SANDBOX_MODE = previousMode;
  await h?.close();
});

const sts = (s: SandboxCredentials, i: number) =>
  new STSClient({ endpoint: h.url, region: "us-east-1", maxAttempts: 1, credentials: { accessKeyId: s.accessKeys[i].accessKeyId, secretAccessKey: s.accessKeys[i].secretAccessKey } });
const lastUsed = async () => (await h.db.sandbox.findUniqueOrThrow({ where: { id: sandbox.id } })).lastUsedAt.getTime();

async function settles(condition: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe("lastUsedAt from the wire", () => {
  it("moves on a CLI call, so the 14-day prune keeps a sandbox used only from the CLI", async () => {
    const { pruneIdleSandboxes } = await import("./provision");
    const old = new Date(serverNow().getTime() - 15 * DAY);
    await h.db.sandbox.update({ where: { id: sandbox.id }, data: { lastUsedAt: old } });
    const before = serverNow().getTime();
    await sts(sandbox, 0).send(new GetCallerIdentityCommand({}));
    expect(await settles(async () => (await lastUsed()) >= before - 1000)).toBe(true);
    expect(await pruneIdleSandboxes(h.db)).toBe(0);
    expect(await h.db.sandbox.count({ where: { id: sandbox.id } })).toBe(1);
  });

  it("writes at most once a minute per account: the next calls within the minute leave it alone", async () => {
    const old = new Date(serverNow().getTime() - 15 * DAY);
    await h.db.sandbox.update({ where: { id: sandbox.id }, data: { lastUsedAt: old } });
    for (let i = 0; i < 3; i++) await sts(sandbox, 0).send(new GetCallerIdentityCommand({}));
    // Not a write per call: the first test's touch of this account was under a minute ago.
    await new Promise((r) => setTimeout(r, 300));
    expect(await lastUsed()).toBe(old.getTime());
    // The other account of the sandbox has not been noted yet: its call moves the sandbox's time.
    await sts(sandbox, 1).send(new GetCallerIdentityCommand({}));
    expect(await settles(async () => (await lastUsed()) > old.getTime())).toBe(true);
  });

  it("the demo sandbox has no row to touch and the call is unaffected", async () => {
    const { ADMIN_111 } = await import("@/lib/wire/testing");
    const client = new STSClient({ endpoint: h.url, region: "us-east-1", maxAttempts: 1, credentials: ADMIN_111 });
    expect((await client.send(new GetCallerIdentityCommand({}))).Account).toBe("111111111111");
  });
});

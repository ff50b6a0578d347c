// A signed call reads its credential once: the lookup SigV4 needs also carries the caller's names
// (lib/wire/resolve-caller.ts), and a chained AssumeRole takes the parent session's tags, source
// identity and depth from the caller instead of reading the session again (it used to read it up to
// four times, passing rows between callbacks through a module-level map).
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Query } from "@/lib/data/sql";
import { createKey, createRole, fromResult, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

let h: Harness;
let alice: Creds;
const ACCT = "111111111111";

const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds, maxAttempts: 1 });

beforeAll(async () => {
  h = await startHarness();
  alice = await createKey(h.db, ACCT, "alice");
  await createRole(h.db, {
    accountId: ACCT,
    name: "First",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:user/alice` }, Action: ["sts:AssumeRole", "sts:TagSession"] }] },
    managedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"],
  });
  await createRole(h.db, {
    accountId: ACCT,
    name: "Second",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:role/First` }, Action: ["sts:AssumeRole", "sts:TagSession"] }] },
  });
}, 90_000);

afterAll(async () => h?.close());

/** Names of the repository statements a call ran, and how many StsSession reads went through Prisma. */
async function readsDuring(call: () => Promise<unknown>): Promise<{ statements: string[]; prismaSessionReads: number }> {
  const { store } = await import("@/lib/data/sql");
  const s = store();
  const statements: string[] = [];
  const realGet = s.get;
  s.get = (q: Query, params) => {
    statements.push(q.name);
    return realGet.call(s, q, params);
  };
  const prismaSpy = vi.spyOn(h.db.stsSession, "findUnique");
  try {
    await call();
  } finally {
    s.get = realGet;
  }
  const prismaSessionReads = prismaSpy.mock.calls.length;
  prismaSpy.mockRestore();
  return { statements, prismaSessionReads };
}

describe("reads per signed call", () => {
  it("GetCallerIdentity with a long-term key reads the key once", async () => {
    const { statements } = await readsDuring(() => sts(alice).send(new GetCallerIdentityCommand({})));
    expect(statements).toEqual(["access_keys_with_user"]);
  });

  it("a chained AssumeRole reads its session once and inherits its transitive tags", async () => {
    const first = await sts(alice).send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCT}:role/First`, RoleSessionName: "one", Tags: [{ Key: "team", Value: "blue" }], TransitiveTagKeys: ["team"] }),
    );
    const parent = fromResult(first.Credentials);
    let childKey = "";
    const { statements, prismaSessionReads } = await readsDuring(async () => {
      const out = await sts(parent).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCT}:role/Second`, RoleSessionName: "two" }));
      childKey = out.Credentials?.AccessKeyId ?? "";
    });
    expect(statements.filter((n) => n.startsWith("sessions_"))).toEqual(["sessions_with_principal"]);
    expect(prismaSessionReads).toBe(0);
    const child = await h.db.stsSession.findUniqueOrThrow({ where: { accessKeyId: childKey } });
    expect(child.chainDepth).toBe(1);
    expect(JSON.parse(child.tags)).toEqual([{ Key: "team", Value: "blue" }]);
  });

  it("AssumeRole reads its role from the cache until a write to roles, then sees the change", async () => {
    const assumeFirst = () => sts(alice).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCT}:role/First`, RoleSessionName: "cached" }));
    await assumeFirst();
    const { statements } = await readsDuring(assumeFirst);
    expect(statements).toEqual(["access_keys_with_user"]);
    const role = await h.db.role.findFirstOrThrow({ where: { name: "First" } });
    await h.db.role.update({
      where: { id: role.id },
      data: { trustPolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Deny", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }] }) },
    });
    const denied = await assumeFirst().then(
      () => "allowed",
      (e: { name: string }) => e.name,
    );
    expect(denied).toBe("AccessDenied");
  });
});

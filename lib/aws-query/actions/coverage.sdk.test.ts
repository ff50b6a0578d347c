// Every command that @aws-sdk/client-iam and @aws-sdk/client-sts export, sent through the real SDK v3
// (SigV4, or unsigned where the SDK sends the operation unsigned) to the real endpoint with a minimal
// input built from the SDK's own schema. An operation the wire speaks never answers InvalidAction and
// never a 5xx; any other AWS error (NoSuchEntity, ValidationError, ...) is fine here — each operation's
// own *.sdk.test.ts checks its behaviour. Run on PostgreSQL too with TEST_DATABASE_URL set.
import * as iamModule from "@aws-sdk/client-iam";
import * as stsModule from "@aws-sdk/client-sts";
import { NormalizedSchema } from "@smithy/core/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, sdkFailure, signedPost, startHarness, type Harness } from "@/lib/wire/testing";
import { QUERY_SERVICES } from "@/lib/aws-query/services";

/**
 * Operations the wire does not speak yet: they must STILL answer InvalidAction. Whoever implements
 * one removes it from this set (the test fails until they do).
 */
export const PENDING: ReadonlySet<string> = new Set([
  // sts
]);

type Service = "iam" | "sts";
type Module = Record<string, unknown>;
type CommandClass = new (input: object) => object;
interface Sender {
  send(command: object): Promise<unknown>;
}

/** Every command class a client package exports, by operation name: enumerated, not hand-typed. */
function commandsOf(module: Module): Map<string, CommandClass> {
  const found = new Map<string, CommandClass>();
  for (const [name, value] of Object.entries(module)) {
    if (name.endsWith("Command") && name !== "$Command" && typeof value === "function") found.set(name.slice(0, -"Command".length), value as CommandClass);
  }
  return found;
}

const ACCT = "111111111111";
const POLICY = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] });

/** The per-type filler: a plausible value for a required string member, chosen by its name. */
function stringFor(member: string): string {
  if (/Document$|^Policy$|^PolicyInputList$/.test(member)) return POLICY;
  if (/Arn$/.test(member)) return `arn:aws:iam::${ACCT}:role/coverage-missing`;
  if (/SessionName$/.test(member)) return "coverage-session";
  if (/^(SAMLAssertion|WebIdentityToken|SAMLMetadataDocument|EncodedMessage)$/.test(member)) return "Y292ZXJhZ2U".repeat(4);
  return "coverage-missing";
}

/**
 * A minimal value for a schema: structures get their required members only (the SDK's schema puts
 * the required members first and records how many there are at index 6 of the structure tuple).
 */
function minimal(schema: NormalizedSchema, member: string, depth = 0): unknown {
  if (schema.isStructSchema()) {
    const raw = schema.getSchema() as unknown as unknown[];
    const required = typeof raw[6] === "number" ? raw[6] : 0;
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    let i = 0;
    for (const [name, m] of schema.structIterator()) {
      if (i++ >= required) break;
      out[name] = minimal(m, name, depth + 1);
    }
    return out;
  }
  if (schema.isListSchema()) return [minimal(schema.getValueSchema(), member, depth + 1)];
  if (schema.isMapSchema()) return {};
  if (schema.isBlobSchema()) return new TextEncoder().encode("coverage");
  if (schema.isTimestampSchema()) return new Date();
  if (schema.isBooleanSchema()) return false;
  if (schema.isNumericSchema()) return 900;
  return stringFor(member);
}

/** The command's input from the operation schema the package exports as `<Operation>$`. */
function inputFor(module: Module, operation: string): object {
  const op = module[`${operation}$`] as unknown[] | undefined;
  if (!Array.isArray(op) || typeof op[4] !== "function") throw new Error(`no schema for ${operation}`);
  return minimal(NormalizedSchema.of((op[4] as () => never)()), "") as object;
}

type Finalize = (args: { request: { headers: Record<string, string> } }) => Promise<unknown>;
interface Stacked {
  middlewareStack: { add(middleware: (next: Finalize) => Finalize, options: { step: "finalizeRequest"; priority: "low" }): void };
}

/** How the wire answered: the SDK's error name and HTTP status, or Resolved; and whether it was signed. */
async function answer(client: Sender, Command: CommandClass, input: object) {
  let signed: boolean | undefined;
  const command = new Command(input) as Stacked;
  command.middlewareStack.add(
    (next) => async (args) => {
      signed = "authorization" in args.request.headers;
      return next(args);
    },
    { step: "finalizeRequest", priority: "low" },
  );
  const failure = await sdkFailure(client.send(command));
  return { ...failure, signed };
}

const iamOps = commandsOf(iamModule as Module);
const stsOps = commandsOf(stsModule as Module);
let h: Harness;
// The action tables import lib/db, so they load after the harness has pointed it at a fresh sandbox.
let tables: typeof import("./index");
const implemented = (service: Service, op: string) =>
  Object.hasOwn(tables.awsActions[service] ?? {}, op) || Object.hasOwn(tables.awsUnsignedActions?.[service] ?? {}, op);

let clients: Record<Service, Sender>;

beforeAll(async () => {
  h = await startHarness();
  tables = await import("./index");
  const options = { endpoint: h.url, region: "us-east-1", credentials: ADMIN_111, maxAttempts: 1 };
  clients = { iam: new iamModule.IAMClient(options), sts: new stsModule.STSClient(options) };
}, 90_000);
afterAll(async () => {
  const count = (service: Service, ops: Map<string, CommandClass>) => `${[...ops.keys()].filter((op) => implemented(service, op)).length}/${ops.size}`;
  console.log(`wire coverage: IAM ${count("iam", iamOps)}, STS ${count("sts", stsOps)}`);
  await h?.close();
});

describe("the SDK clients' command lists", () => {
  it("are what this test enumerates (both packages export their commands and schemas)", () => {
    expect(iamOps.size).toBeGreaterThanOrEqual(180);
    expect(stsOps.size).toBeGreaterThanOrEqual(11);
    for (const [op] of iamOps) expect(() => inputFor(iamModule as Module, op), op).not.toThrow();
    for (const [op] of stsOps) expect(() => inputFor(stsModule as Module, op), op).not.toThrow();
  });

  it("PENDING names only operations the SDKs have and the wire does not serve", () => {
    const known = new Set([...[...iamOps.keys()].map((op) => `iam:${op}`), ...[...stsOps.keys()].map((op) => `sts:${op}`)]);
    expect([...PENDING].filter((name) => !known.has(name))).toEqual([]);
    const served = [...PENDING].filter((name) => implemented(name.split(":")[0] as Service, name.split(":")[1]));
    expect(served, "implemented now: remove these from PENDING").toEqual([]);
  });
});

for (const [service, module, ops] of [
  ["iam", iamModule, iamOps],
  ["sts", stsModule, stsOps],
] as const) {
  describe(`${service}: every command`, () => {
    for (const [op, Command] of ops) {
      const name = `${service}:${op}`;
      if (PENDING.has(name)) {
        it(`${op} is pending and still answers InvalidAction`, async () => {
          // Signed raw call: an unsigned operation the SDK sends without SigV4 would be refused for
          // lack of a signature before the action lookup, so the lookup is checked signed.
          const raw = await signedPost(h.url, ADMIN_111, service, `Action=${op}&Version=${QUERY_SERVICES[service].version}`);
          expect(raw.status, `${name} answers now: remove it from PENDING`).toBe(400);
          expect(raw.text, `${name} answers now: remove it from PENDING`).toContain("<Code>InvalidAction</Code>");
          const sdk = await answer(clients[service], Command as CommandClass, inputFor(module as Module, op));
          expect(sdk.status ?? 400, `${name}: ${sdk.name} ${sdk.message}`).toBeLessThan(500);
        });
      } else {
        it(`${op} answers (never InvalidAction, never 5xx)`, async () => {
          const got = await answer(clients[service], Command as CommandClass, inputFor(module as Module, op));
          const detail = `${name}: ${got.name} ${got.status ?? ""} ${got.message}`;
          expect(got.name, detail).not.toBe("InvalidAction");
          // A failure is an AWS error the SDK parsed (4xx with a code), not a 5xx or an unparsable answer.
          if (got.name !== "Resolved") expect(got.status, detail).toBeGreaterThanOrEqual(400);
          if (got.name !== "Resolved") expect(got.status, detail).toBeLessThan(500);
          expect(got.signed, `${name} was sent as the SDK sends it`).toBeDefined();
        });
      }
    }
  });
}

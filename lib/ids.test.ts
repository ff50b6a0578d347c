// SANDBOX_ID_SEED (the demo kit's deterministic sandbox, training spec §10): the same calls draw the
// same ids, keys and request ids; request ids do not shift entity ids; without the seed ids differ.
import { afterEach, describe, expect, it } from "vitest";
import { newId, newRequestId, newSecretAccessKey, newSessionToken } from "./ids";
import { newTotpSecret } from "./iam/mfa-devices/totp";

const streams = globalThis as { __sandboxIdStreams?: unknown };
const draw = () => [newId("AROA"), newId("ASIA"), newSecretAccessKey(), newSessionToken(), newTotpSecret()];

describe("SANDBOX_ID_SEED", () => {
  afterEach(() => {
    delete process.env.SANDBOX_ID_SEED;
    delete streams.__sandboxIdStreams;
  });

  it("repeats ids, keys, tokens and TOTP secrets from the start of a process", () => {
    process.env.SANDBOX_ID_SEED = "demo";
    const first = draw();
    delete streams.__sandboxIdStreams;
    expect(draw()).toEqual(first);
    expect(first[0]).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(first[1]).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(first[4]).toMatch(/^[A-Z2-7]{32}$/);
  });

  it("keeps request ids on their own stream: reads in any number leave entity ids alone", () => {
    process.env.SANDBOX_ID_SEED = "demo";
    const plain = newId("AROA");
    delete streams.__sandboxIdStreams;
    const rid = newRequestId();
    newRequestId();
    expect(newId("AROA")).toBe(plain);
    expect(rid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("draws fresh values without the seed, and different ones for another seed", () => {
    expect(newId("AROA")).not.toBe(newId("AROA"));
    process.env.SANDBOX_ID_SEED = "demo";
    const demo = newId("AROA");
    delete streams.__sandboxIdStreams;
    process.env.SANDBOX_ID_SEED = "other";
    expect(newId("AROA")).not.toBe(demo);
  });
});

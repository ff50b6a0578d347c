// The other side of lib/testing/other-instance.ts: a process on the same store that runs exported
// functions on request (one JSON line in, one out), as a second app instance would.
import { createInterface } from "node:readline";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface Call {
  id: number;
  module: string;
  fn: string;
  args: unknown[];
}

const lines = createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  const call = JSON.parse(line) as Call;
  try {
    const mod = (await import(pathToFileURL(path.resolve(call.module)).href)) as Record<string, (...a: unknown[]) => unknown>;
    const value = await mod[call.fn](...call.args);
    process.stdout.write(`${JSON.stringify({ id: call.id, value: value ?? null })}\n`);
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string };
    process.stdout.write(`${JSON.stringify({ id: call.id, error: { name: err.name, code: err.code, message: err.message } })}\n`);
  }
});
lines.on("close", () => process.exit(0));

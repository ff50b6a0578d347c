// A learner's sandbox for classroom scripts (training spec §6): the same provisioning as the console's
// "Start a new sandbox", on the server's store (DATABASE_URL / the data directory), printed as JSON
// (accounts, users with passwords, access keys). Needs the store prepared once (npm run dev / start).
// npm run sandbox:new -- --learner <name>
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { startSandbox } from "../lib/sandbox/learner-sandboxes";
import { SandboxError } from "../lib/sandbox/provision";

const USAGE = "usage: npm run sandbox:new -- --learner <name>   (a name of 1-64 letters, digits, . _ @ -)";
const LEARNER = /^[A-Za-z0-9._@-]{1,64}$/;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { learner: { type: "string" } } });
  if (!values.learner || !LEARNER.test(values.learner)) throw new Error(USAGE);
  try {
    if ((await db.managedPolicy.count({ where: { awsManaged: true } })) === 0) {
      throw new Error("The store has no AWS managed policies yet: start the server once (npm run dev or npm start) to prepare it.");
    }
    const sandbox = await startSandbox(values.learner);
    process.stdout.write(`${JSON.stringify({ learner: values.learner, ...sandbox }, null, 2)}\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SandboxError || error instanceof Error ? error.message : error);
  process.exit(1);
});

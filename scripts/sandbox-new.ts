// A learner's sandbox for classroom scripts (training spec §6): the same provisioning as the console's
// "Start a new sandbox", on the server's store (DATABASE_URL / the data directory), printed as JSON
// (accounts, users with passwords, access keys) with a one-time join code: the learner enters it on
// /sandboxes (or opens /sandboxes/join?code=…) and that browser becomes the owner, the only one that
// can sign in. Needs the store prepared once (npm run dev / start).
// npm run sandbox:new -- --learner <name>
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { isLearnerName, startClassroomSandbox } from "../lib/sandbox/classroom";
import { SandboxError } from "../lib/sandbox/provision";

const USAGE = "usage: npm run sandbox:new -- --learner <name>   (a name of 1-64 letters, digits, . _ @ -)";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { learner: { type: "string" } } });
  if (!isLearnerName(values.learner)) throw new Error(USAGE);
  try {
    if ((await db.managedPolicy.count({ where: { awsManaged: true } })) === 0) {
      throw new Error("The store has no AWS managed policies yet: start the server once (npm run dev or npm start) to prepare it.");
    }
    const { learner, joinCode, sandbox } = await startClassroomSandbox(db, values.learner);
    const joinPath = `/sandboxes/join?code=${encodeURIComponent(joinCode.code)}`;
    process.stdout.write(`${JSON.stringify({ learner, joinCode: joinCode.code, joinCodeExpiresAt: joinCode.expiresAt, joinPath, ...sandbox }, null, 2)}\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SandboxError || error instanceof Error ? error.message : error);
  process.exit(1);
});

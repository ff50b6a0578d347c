// The Sandboxes page's two operations on this server's store (app/api/sandboxes): kept apart from
// ./provision.ts, which takes its client as an argument (tests and scripts open their own store first).
import { db } from "@/lib/db";
import { learnerSandboxes, provisionSandbox, type SandboxCredentials } from "./provision";

/** The learner's sandboxes, oldest first, with their credentials. */
export function sandboxesOf(learnerId: string): Promise<SandboxCredentials[]> {
  return learnerSandboxes(db, learnerId);
}

/** "Start a new sandbox". */
export function startSandbox(learnerId: string): Promise<SandboxCredentials> {
  return provisionSandbox(db, learnerId);
}

import bcrypt from "bcryptjs";

// Cost 10: ~70 ms in pure JS on this machine — slow enough for offline guessing, fast enough for tests.
const COST = 10;
// Passwords this server generates (a learner's sandbox: 72 random bits each, lib/sandbox/template.ts)
// resist offline guessing whatever the cost; four cost-10 hashes were most of "Start a new sandbox"
// (1.3 s of 1.6 s on the loaded 2-core machine, bench:sandbox-new) against its 1 s target.
const GENERATED_COST = 6;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** Only for a random password the server made (never one a person chose). */
export function hashGeneratedPassword(password: string): Promise<string> {
  return bcrypt.hash(password, GENERATED_COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a fixed hash when the identity has no password, so timing doesn't reveal which part was wrong.
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  // A cheaper (generated-password) hash: spend the full cost anyway, for the same reason.
  if (hash && bcrypt.getRounds(hash) < COST) await bcrypt.compare(password, DUMMY_HASH);
  return ok;
}

const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.6zF9gS8mE4sVnJ3B6bQ4xQ2E1Z3a";

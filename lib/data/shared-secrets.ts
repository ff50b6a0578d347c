// Secrets every instance on one database must agree on, whatever its data directory: the console's
// session-signing secret (a session cookie from one instance must be accepted by the next), the
// sandbox OIDC signing key (a token minted through one instance verifies on another), the key that
// seals encoded authorization failure messages (one instance's message decodes on another), and the
// sandbox SAML IdP's key and certificate (registered metadata names that certificate), and the instructor token. The first
// instance to start stores its own (or a fresh one) in SharedSecret; every later one adopts the
// stored value into its data directory, where the readers (lib/auth/secret.ts,
// lib/sts/web-identity-token.ts, lib/authz/encoded-message.ts, lib/sts/saml-idp.ts) find it. NEXTAUTH_SECRET, when set, wins and is not shared.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { Prisma } from "@/generated/prisma/client";
import { DATA_DIR } from "@/lib/database-url";
import { ensurePrivateDir, PRIVATE_FILE_MODE } from "@/lib/data-dir";
import { freshSamlIdpPem, SAML_IDP_FILE } from "@/lib/sts/saml-idp";

interface SharedFile {
  name: string;
  file: string;
  fresh(): string | Promise<string>;
}

const SHARED_FILES: SharedFile[] = [
  { name: "auth-secret", file: "auth-secret", fresh: () => randomBytes(32).toString("base64url") },
  { name: "authorization-message-key", file: "authorization-message-key", fresh: () => randomBytes(32).toString("base64url") },
  {
    name: "sandbox-oidc-key",
    file: "sandbox-oidc-key.pem",
    fresh: () => generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  },
  { name: "sandbox-saml-idp", file: SAML_IDP_FILE, fresh: freshSamlIdpPem },
  // The training server's instructor token (lib/sandbox/instructor.ts) when SANDBOX_INSTRUCTOR_TOKEN is unset.
  { name: "instructor-token", file: "instructor-token", fresh: () => randomBytes(24).toString("base64url") },
];

async function storedOrOurs(db: Pick<PrismaClient, "sharedSecret">, name: string, ours: () => string | Promise<string>): Promise<string> {
  const row = await db.sharedSecret.findUnique({ where: { name } });
  if (row) return row.value;
  try {
    return (await db.sharedSecret.create({ data: { name, value: await ours() } })).value;
  } catch (e) {
    // Another instance starting at the same moment stored its own first: adopt that one.
    if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "P2002") throw e;
    return (await db.sharedSecret.findUniqueOrThrow({ where: { name } })).value;
  }
}

/** Makes the data directory's secret files the database's (creating them on a first start). */
export async function shareSecrets(db: Pick<PrismaClient, "sharedSecret">, dataDir: string = DATA_DIR): Promise<void> {
  ensurePrivateDir(dataDir);
  for (const shared of SHARED_FILES) {
    if (shared.name === "auth-secret" && process.env.NEXTAUTH_SECRET) continue;
    const file = path.join(dataDir, shared.file);
    const local = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    const value = await storedOrOurs(db, shared.name, () => local ?? shared.fresh());
    if (local === value) continue;
    // Whole or not at all: a server reading the file meanwhile sees the old one or the new one.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, value, { mode: PRIVATE_FILE_MODE });
    renameSync(temp, file);
  }
}

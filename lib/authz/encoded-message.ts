// Encoded authorization failure messages (STS DecodeAuthorizationMessage): the details of a denial,
// sealed so that only this API can read them. AES-256-GCM under a key derived (HKDF-SHA256) from the
// data directory's `authorization-message-key`, which every instance on one database shares
// (lib/data/shared-secrets.ts): a message from one instance decodes on the next, and a message
// altered by one bit, or made up, does not decode at all.
//
// [INF] The account that received the denial is bound in as associated data: a message opens only
// for a caller of that account, so the details of a denial (policy names, statements, context) never
// reach another account even if it holds sts:DecodeAuthorizationMessage. AWS documents only that the
// caller needs the permission; a message from elsewhere answers as any invalid message does.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { DATA_DIR } from "@/lib/database-url";
import { ensurePrivateDir, PRIVATE_FILE_MODE } from "@/lib/data-dir";

const KEY_FILE = "authorization-message-key";
const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** EncodedMessage: "Length Constraints: Minimum length of 1. Maximum length of 10240."
 *  (https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html) */
export const ENCODED_MESSAGE_MAX = 10240;
/** Inflating more than this is not one of ours (a message is at most 10 KiB of deflated JSON). */
const PLAINTEXT_MAX = 1 << 20;

const keys = new Map<string, Buffer>();

/** The data directory's message key, created on first use; concurrent creators agree on one file. */
function messageKey(dataDir: string = DATA_DIR): Buffer {
  const file = path.join(dataDir, KEY_FILE);
  const hit = keys.get(file);
  if (hit) return hit;
  let secret: string;
  try {
    secret = readFileSync(file, "utf8").trim();
  } catch {
    ensurePrivateDir(dataDir);
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: PRIVATE_FILE_MODE, flag: "wx" });
    } catch {
      // another process wrote it first: use theirs
    }
    secret = readFileSync(file, "utf8").trim();
  }
  const key = Buffer.from(hkdfSync("sha256", secret, "iam-sandbox", "sts:DecodeAuthorizationMessage", 32));
  keys.set(file, key);
  return key;
}

const associatedData = (accountId: string) => Buffer.from(`${FORMAT}:${accountId}`);

/** Seals `json` for `accountId`: base64url of format byte ‖ IV ‖ ciphertext ‖ tag (AWS's alphabet too). */
export function sealAuthorizationMessage(json: string, accountId: string, dataDir?: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", messageKey(dataDir), iv);
  cipher.setAAD(associatedData(accountId));
  const body = Buffer.concat([cipher.update(deflateRawSync(Buffer.from(json))), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT), iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The JSON a message was sealed with, if it is ours, intact, and for `accountId`; else null. */
export function openAuthorizationMessage(encoded: string, accountId: string, dataDir?: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  const raw = Buffer.from(encoded, "base64url");
  if (raw.length < 1 + IV_BYTES + TAG_BYTES + 1 || raw[0] !== FORMAT) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", messageKey(dataDir), raw.subarray(1, 1 + IV_BYTES));
    decipher.setAAD(associatedData(accountId));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const deflated = Buffer.concat([decipher.update(raw.subarray(1 + IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
    return inflateRawSync(deflated, { maxOutputLength: PLAINTEXT_MAX }).toString("utf8");
  } catch {
    // wrong key, altered bytes, another account's message: all one answer
    return null;
  }
}

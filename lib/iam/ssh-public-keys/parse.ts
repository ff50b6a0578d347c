// SSH public keys as UploadSSHPublicKey takes them: OpenSSH `ssh-rsa AAAA… comment` or a PEM public
// key (SPKI "PUBLIC KEY" or PKCS#1 "RSA PUBLIC KEY"), RSA of at least 2048 bits. Both read into one
// node:crypto KeyObject (the ssh-rsa wire blob is length-prefixed "ssh-rsa", e, n → a JWK), so a key
// uploaded either way has one OpenSSH form, one PEM form and one fingerprint.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html
import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import { AwsError } from "@/lib/errors";

/** AWS: "The minimum bit-length of the public key is 2048 bits." */
export const MIN_RSA_BITS = 2048;

// AWS documents these errors but not their texts: the messages follow the model's descriptions [INF].
const invalid = (why: string) => new AwsError("InvalidPublicKey", `The public key is malformed or otherwise invalid: ${why}`);
const unrecognized = () => new AwsError("UnrecognizedPublicKeyEncoding", "The public key encoding format is unsupported or unrecognized. Use ssh-rsa or PEM.");

export interface ParsedSshKey {
  /** `ssh-rsa <base64>`, without the comment. */
  ssh: string;
  /** MD5 of the key's ssh-rsa wire blob, as colon-separated hex (ssh-keygen -l -E md5). */
  fingerprint: string;
}

/** One length-prefixed field of the SSH wire format (RFC 4253 §6.6). */
function fields(blob: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < blob.length; ) {
    if (at + 4 > blob.length) throw invalid("truncated key data");
    const len = blob.readUInt32BE(at);
    if (at + 4 + len > blob.length) throw invalid("truncated key data");
    out.push(blob.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  return out;
}

const unsigned = (mpint: Buffer) => {
  let i = 0;
  while (i < mpint.length - 1 && mpint[i] === 0) i++;
  return mpint.subarray(i);
};

function fromSsh(base64: string): KeyObject {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw invalid("the key data is not base64");
  const [type, e, n, ...rest] = fields(Buffer.from(base64, "base64"));
  if (!type || type.toString("latin1") !== "ssh-rsa" || !e || !n || rest.length) throw invalid("the key data is not an ssh-rsa key");
  try {
    return createPublicKey({ key: { kty: "RSA", n: unsigned(n).toString("base64url"), e: unsigned(e).toString("base64url") }, format: "jwk" });
  } catch {
    throw invalid("the RSA parameters are not valid");
  }
}

function fromPem(pem: string): KeyObject {
  try {
    return createPublicKey({ key: pem, format: "pem" });
  } catch {
    throw invalid("the PEM data is not a public key");
  }
}

const lengthPrefixed = (b: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
};
/** An SSH mpint: big-endian, with a zero byte in front when the top bit is set. */
const mpint = (b: Buffer) => lengthPrefixed(b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);

function wireBlob(key: KeyObject): Buffer {
  const jwk = key.export({ format: "jwk" });
  return Buffer.concat([lengthPrefixed(Buffer.from("ssh-rsa")), mpint(Buffer.from(jwk.e ?? "", "base64url")), mpint(Buffer.from(jwk.n ?? "", "base64url"))]);
}

function keyOf(body: string): KeyObject {
  const text = body.trim();
  if (text.startsWith("-----BEGIN ")) return fromPem(text);
  const ssh = /^(\S+)\s+(\S+)(\s.*)?$/s.exec(text);
  if (ssh?.[1] === "ssh-rsa") return fromSsh(ssh[2]);
  throw unrecognized();
}

/** The key's OpenSSH form and fingerprint; InvalidPublicKey/UnrecognizedPublicKeyEncoding as AWS names them. */
export function parseSshPublicKey(body: string): ParsedSshKey {
  const key = keyOf(body);
  if (key.asymmetricKeyType !== "rsa") throw unrecognized();
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) throw invalid(`the key is ${bits} bits; the minimum is ${MIN_RSA_BITS}`);
  const blob = wireBlob(key);
  const md5 = createHash("md5").update(blob).digest("hex");
  return { ssh: `ssh-rsa ${blob.toString("base64")}`, fingerprint: md5.match(/../g)?.join(":") ?? md5 };
}

/** A stored OpenSSH key in the encoding GetSSHPublicKey asks for (PEM: SubjectPublicKeyInfo). */
export function encodeSshPublicKey(ssh: string, encoding: "SSH" | "PEM"): string {
  if (encoding === "SSH") return ssh;
  return fromSsh(ssh.split(" ")[1] ?? "").export({ type: "spki", format: "pem" }).toString();
}

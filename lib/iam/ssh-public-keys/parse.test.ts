// The SSH key parser against keys and fingerprints made by OpenSSH's ssh-keygen.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html
import { describe, expect, it } from "vitest";
import { encodeSshPublicKey, parseSshPublicKey } from "./parse";
import { ED25519, RSA_1024, RSA_2048, RSA_2048_MD5, RSA_2048_PEM, RSA_3072, RSA_3072_MD5, RSA_3072_PKCS1_PEM } from "./test-keys";

const code = (f: () => unknown) => {
  try {
    f();
    return "none";
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe("parseSshPublicKey", () => {
  it("reads an OpenSSH ssh-rsa key: its form without the comment and ssh-keygen's MD5 fingerprint", () => {
    const k = parseSshPublicKey(RSA_2048);
    expect(k.ssh).toBe(RSA_2048.split(" ").slice(0, 2).join(" "));
    expect(k.fingerprint).toBe(RSA_2048_MD5);
    expect(parseSshPublicKey(`  ${RSA_3072}\n`).fingerprint).toBe(RSA_3072_MD5);
  });

  it("reads PEM public keys (SPKI and PKCS#1) as the same key", () => {
    expect(parseSshPublicKey(RSA_2048_PEM)).toEqual(parseSshPublicKey(RSA_2048));
    expect(parseSshPublicKey(RSA_3072_PKCS1_PEM)).toEqual(parseSshPublicKey(RSA_3072));
  });

  it("converts between the SSH and PEM encodings", () => {
    const { ssh } = parseSshPublicKey(RSA_2048);
    expect(encodeSshPublicKey(ssh, "SSH")).toBe(ssh);
    expect(encodeSshPublicKey(ssh, "PEM")).toBe(RSA_2048_PEM);
  });

  it("refuses keys under 2048 bits and malformed ones with InvalidPublicKey", () => {
    expect(code(() => parseSshPublicKey(RSA_1024))).toBe("InvalidPublicKey");
    expect(code(() => parseSshPublicKey("ssh-rsa not-base64!"))).toBe("InvalidPublicKey");
    expect(code(() => parseSshPublicKey("ssh-rsa AAAAB3NzaC1yc2E="))).toBe("InvalidPublicKey");
    // An ed25519 blob under an ssh-rsa label.
    expect(code(() => parseSshPublicKey(`ssh-rsa ${ED25519.split(" ")[1]}`))).toBe("InvalidPublicKey");
    expect(code(() => parseSshPublicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))).toBe("InvalidPublicKey");
  });

  it("refuses other encodings and key types with UnrecognizedPublicKeyEncoding", () => {
    expect(code(() => parseSshPublicKey(ED25519))).toBe("UnrecognizedPublicKeyEncoding");
    expect(code(() => parseSshPublicKey("hello"))).toBe("UnrecognizedPublicKeyEncoding");
    expect(code(() => parseSshPublicKey("ecdsa-sha2-nistp256 AAAA"))).toBe("UnrecognizedPublicKeyEncoding");
  });
});

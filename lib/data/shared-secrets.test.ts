// Two instances with their own data directories on one database sign alike: the second adopts the
// first one's auth secret, OIDC key and SAML IdP key (a session cookie, sandbox token or assertion from one is good on the other).
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSandbox, prepareStore } from "@/lib/testing/sandbox-db";

describe("secrets shared through the database", () => {
  it("gives an instance with a new data directory the same auth secret, OIDC key and SAML IdP key", () => {
    const first = createSandbox();
    const second = { ...first, dataDir: mkdtempSync(path.join(tmpdir(), "iam-second-")) };
    prepareStore(second);
    for (const file of ["auth-secret", "sandbox-oidc-key.pem", "authorization-message-key", "sandbox-saml-idp.pem"]) {
      expect(readFileSync(path.join(second.dataDir, file), "utf8")).toBe(readFileSync(path.join(first.dataDir, file), "utf8"));
      expect((statSync(path.join(second.dataDir, file)).mode & 0o777).toString(8)).toBe("600");
    }
  }, 120_000);
});

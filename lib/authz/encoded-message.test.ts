// The sealed authorization failure message: it opens on any instance holding the shared key, for the
// account it was sealed for only, and never once a byte is changed.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openAuthorizationMessage, sealAuthorizationMessage } from "./encoded-message";

const dir = () => mkdtempSync(path.join(tmpdir(), "authz-message-"));
const JSON_TEXT = JSON.stringify({ allowed: false, explicitDeny: true });

describe("encoded authorization messages", () => {
  it("open with the same key on another instance, in AWS's base64url alphabet", () => {
    const first = dir();
    const sealed = sealAuthorizationMessage(JSON_TEXT, "111111111111", first);
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(openAuthorizationMessage(sealed, "111111111111", first)).toBe(JSON_TEXT);
    const second = dir();
    copyFileSync(path.join(first, "authorization-message-key"), path.join(second, "authorization-message-key"));
    expect(openAuthorizationMessage(sealed, "111111111111", second)).toBe(JSON_TEXT);
    // A sandbox with its own key cannot read (nor forge) another's messages.
    expect(openAuthorizationMessage(sealed, "111111111111", dir())).toBeNull();
  });

  it("are unreadable to the plain eye and differ each time (random IV)", () => {
    const d = dir();
    const a = sealAuthorizationMessage(JSON_TEXT, "111111111111", d);
    expect(Buffer.from(a, "base64url").toString("latin1")).not.toContain("explicitDeny");
    expect(sealAuthorizationMessage(JSON_TEXT, "111111111111", d)).not.toBe(a);
  });

  it("[INF] open only for the account that received the denial", () => {
    const d = dir();
    const sealed = sealAuthorizationMessage(JSON_TEXT, "111111111111", d);
    expect(openAuthorizationMessage(sealed, "222222222222", d)).toBeNull();
  });

  it("refuse altered, truncated or made-up input without throwing", () => {
    const d = dir();
    const sealed = sealAuthorizationMessage(JSON_TEXT, "111111111111", d);
    const raw = Buffer.from(sealed, "base64url");
    for (let i = 0; i < raw.length; i += 7) {
      const altered = Buffer.from(raw);
      altered[i] ^= 1;
      expect(openAuthorizationMessage(altered.toString("base64url"), "111111111111", d)).toBeNull();
    }
    expect(openAuthorizationMessage(sealed.slice(0, -4), "111111111111", d)).toBeNull();
    for (const junk of ["", "A", "====", "not base64!", "\n", "A".repeat(10240)]) {
      expect(openAuthorizationMessage(junk, "111111111111", d)).toBeNull();
    }
  });
});

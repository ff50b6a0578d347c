// The account colour and the visual mode against a real seeded SQLite (or PostgreSQL) sandbox and the
// real policy engine: the colour is changed only through authorize() (uxc:UpdateAccountCustomizations),
// read for the navigation bar by anyone, and kept per account; the visual mode is kept per identity.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html
import { beforeAll, describe, expect, it } from "vitest";
import { pointAtFreshSandbox } from "@/lib/testing/sandbox-db";
import type { Caller } from "@/lib/authz/caller";

let colors: typeof import("./account-color");
let modes: typeof import("./visual-mode");
let db: typeof import("@/lib/db").db;

beforeAll(async () => {
  pointAtFreshSandbox();
  colors = await import("./account-color");
  modes = await import("./visual-mode");
  ({ db } = await import("@/lib/db"));
}, 60_000);

async function userCaller(accountId: string, name: string): Promise<Caller> {
  const u = await db.user.findFirstOrThrow({ where: { accountId, name } });
  return { kind: "user", accountId, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "console" };
}

describe("account colour", () => {
  it("is none until set, and then the same for everyone in the account (not the other account)", async () => {
    expect(await colors.accountColorOf("111111111111")).toBe("none");
    const admin = await userCaller("111111111111", "admin");
    await expect(colors.updateAccountColor(admin, "red")).resolves.toEqual({ accountColor: "red" });
    expect(await colors.accountColorOf("111111111111")).toBe("red");
    expect(await colors.accountColorOf("222222222222")).toBe("none");
    await expect(colors.getAccountCustomizations(admin)).resolves.toEqual({ accountColor: "red" });
    await colors.updateAccountColor(admin, "none");
    expect(await colors.accountColorOf("111111111111")).toBe("none");
  });

  it("refuses a user without uxc permissions with AccessDenied, before anything changes", async () => {
    const alice = await userCaller("111111111111", "alice");
    const err = await colors.updateAccountColor(alice, "green").catch((e) => e);
    expect(err.code).toBe("AccessDenied");
    expect(err.message).toContain("is not authorized to perform: uxc:UpdateAccountCustomizations");
    expect(await colors.accountColorOf("111111111111")).toBe("none");
    expect((await colors.getAccountCustomizations(alice).catch((e) => e)).code).toBe("AccessDenied");
  });

  it("knows AWS's ten values", () => {
    expect(colors.ACCOUNT_COLORS).toEqual(["none", "pink", "purple", "darkBlue", "lightBlue", "teal", "green", "yellow", "orange", "red"]);
    expect(colors.isAccountColor("blue")).toBe(false);
  });
});

describe("visual mode", () => {
  it("is Light by default and kept per identity", async () => {
    const a = "arn:aws:iam::111111111111:user/admin";
    const b = "arn:aws:iam::111111111111:user/alice";
    expect(await modes.visualModeOf(a)).toBe("light");
    await modes.setVisualMode(a, "dark");
    expect(await modes.visualModeOf(a)).toBe("dark");
    expect(await modes.visualModeOf(b)).toBe("light");
    expect(modes.visualModeClass("dark")).toBe("awsui-dark-mode");
    expect(modes.visualModeClass("browser")).toBe("awsui-browser-mode");
    expect(modes.visualModeClass("light")).toBeUndefined();
  });
});

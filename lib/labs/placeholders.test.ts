import { describe, expect, it } from "vitest";
import { LabPlaceholderError, resolveTemplate, singleModeAccounts, templateKeys, type LabContext } from "./placeholders";

const ctx: LabContext = {
  accounts: singleModeAccounts(["vendor", "other"]),
  keys: { ...templateKeys(), ci: { id: "AKIACI", secret: "s3cr3t", user: "ci-bot", account: "identity" } },
  values: { externalId: "ext-1", "externalId.mallory": "ext-m" },
};

describe("placeholders", () => {
  it("gives single-mode account ids: the template's, then 333…, 444… in declaration order", () => {
    expect(ctx.accounts).toEqual({ identity: "111111111111", workload: "222222222222", vendor: "333333333333", other: "444444444444" });
  });

  it("resolves accounts, ARNs, keys and values", () => {
    expect(resolveTemplate("{{acct.vendor}}", ctx)).toBe("333333333333");
    expect(resolveTemplate("{{user.alice.arn}}", ctx)).toBe("arn:aws:iam::111111111111:user/alice");
    expect(resolveTemplate("{{user.workload.admin.arn}}", ctx)).toBe("arn:aws:iam::222222222222:user/admin");
    expect(resolveTemplate("{{role.workload.Deploy.arn}}", ctx)).toBe("arn:aws:iam::222222222222:role/Deploy");
    expect(resolveTemplate("{{keys.ci.id}}/{{keys.ci.secret}}", ctx)).toBe("AKIACI/s3cr3t");
    expect(resolveTemplate("{{keys.identity-admin.id}}", ctx)).toBe("AKIAIDENTITYADMIN001");
    expect(resolveTemplate("{{ externalId }} {{externalId.mallory}} {{values.externalId}}", ctx)).toBe("ext-1 ext-m ext-1");
  });

  it("fails on anything unknown instead of leaving it empty", () => {
    for (const t of ["{{acct.nope}}", "{{keys.nope.id}}", "{{keys.ci.arn}}", "{{values.nope}}", "{{nope}}", "{{}}"]) {
      expect(() => resolveTemplate(t, ctx)).toThrow(LabPlaceholderError);
    }
  });
});

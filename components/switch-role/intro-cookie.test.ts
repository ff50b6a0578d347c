import { describe, expect, it } from "vitest";
import { showSwitchRoleIntro } from "./intro-cookie";

describe("the Switch Role explainer (training-spec §11.2)", () => {
  it("shows on the first visit only", () => {
    expect(showSwitchRoleIntro(undefined, {})).toBe(true);
    expect(showSwitchRoleIntro("1", {})).toBe(false);
  });

  it("never shows under SANDBOX_DEMO=1", () => {
    expect(showSwitchRoleIntro(undefined, { SANDBOX_DEMO: "1" })).toBe(false);
    expect(showSwitchRoleIntro(undefined, { SANDBOX_DEMO: "0" })).toBe(true);
  });
});

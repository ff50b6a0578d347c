// Journey: the console's aws:SourceIp is the connection's address, not what the browser claims.
// A user whose policy allows iam:ListUsers only from 203.0.113.0/24 signs in and lists users while
// sending X-Forwarded-For (and the server's own internal address header) naming 203.0.113.7: the
// console denies it, and the activity row and the CloudTrail records (the ConsoleLogin, the denied
// ListUsers) carry the loopback address. Breaks if the console starts trusting a client header for
// the source address again.
// AWS: aws:SourceIp is "the requester's IP address" —
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip
import path from "node:path";
import Database from "better-sqlite3";
import { PutUserPolicyCommand } from "@aws-sdk/client-iam";
import { expect, test } from "@playwright/test";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, signInAsIamUser, signOut } from "./support/sign-in";
import { createUserInConsole } from "./support/users";

const SPOOFED = "203.0.113.7";
// The playwright.config.ts data directory of the shared server.
const DB_FILE = path.join(process.env.E2E_DATA_DIR ?? path.join(process.cwd(), ".e2e-data"), "sandbox.db");

test("a spoofed X-Forwarded-For neither satisfies an IpAddress condition nor reaches the activity log", async ({ page, baseURL }) => {
  const userName = `ip-bound-${Date.now()}`;
  const password = "Ip-Bound-Pass-1!";
  await test.step("admin creates a user allowed to list users only from 203.0.113.0/24", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await createUserInConsole(page, userName, password);
    await signOut(page);
    const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
    const statement = { Effect: "Allow", Action: "iam:ListUsers", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } };
    await iam.send(new PutUserPolicyCommand({ UserName: userName, PolicyName: "from-doc-net", PolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [statement] }) }));
  });

  await test.step("the user signs in and lists users claiming 203.0.113.7: access denied", async () => {
    await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": SPOOFED, "X-Real-IP": SPOOFED, "X-Sandbox-Client-Ip": SPOOFED });
    await signInAsIamUser(page, SANDBOX.identity, userName, password);
    const res = await page.request.get("/api/console/users");
    expect(res.status()).toBe(403);
    const { error } = (await res.json()) as { error: { code: string; requestId: string } };
    expect(error.code).toBe("AccessDenied");

    const db = new Database(DB_FILE, { readonly: true });
    try {
      const row = db.prepare("SELECT sourceIp FROM ActivityEvent WHERE requestId = ?").get(error.requestId) as { sourceIp: string | null };
      // The browser reaches `localhost` over IPv4 or IPv6 loopback.
      expect(["127.0.0.1", "::1"]).toContain(row.sourceIp);
      // The CloudTrail records too: the sign-in's ConsoleLogin and the denied ListUsers name the socket's address.
      const records = db
        .prepare("SELECT record FROM TrailEvent WHERE (eventName = 'ConsoleLogin' AND username = ?) OR requestId = ?")
        .all(userName, error.requestId) as { record: string }[];
      const events = records.map((r) => JSON.parse(r.record) as { eventName: string; sourceIPAddress: string; responseElements: unknown; errorCode?: string });
      expect(events.map((e) => e.eventName).sort()).toEqual(["ConsoleLogin", "ListUsers"]);
      for (const e of events) expect(["127.0.0.1", "::1"]).toContain(e.sourceIPAddress);
      expect(events.find((e) => e.eventName === "ConsoleLogin")?.responseElements).toEqual({ ConsoleLogin: "Success" });
      expect(events.find((e) => e.eventName === "ListUsers")?.errorCode).toBe("AccessDenied");
    } finally {
      db.close();
    }
  });
});

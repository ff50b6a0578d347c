// boto3 (Debian's python3-boto3, installed by .ci/run) against the wire endpoint: paginators over
// users, roles and policies in pages of two (every item exactly once), sts.assume_role and the
// returned credentials in a new boto3 session (the assumed-role ARN; an allowed call works, a denied
// one raises ClientError AccessDenied), and an AssumeRole the trust policy refuses. The journey is
// e2e/support/boto3_journey.py; this spec runs it and checks what it saw.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PYTHON = process.env.BOTO3_PYTHON ?? "/usr/bin/python3";
const SCRIPT = path.join(process.cwd(), "e2e", "support", "boto3_journey.py");
const ACCT = "111111111111";

interface Seen {
  users: string[][];
  roles: string[][];
  policies: string[][];
  allRoles: string[][];
  allRolesOnePage: string[];
  callerIdentity: string;
  assumedRoleUser: string;
  roleIdentity: string;
  allowedUsers: string[][];
  deniedCreateUser: { code: string; message: string } | null;
  refusedAssume: { code: string; message: string } | null;
  boto3: string;
}

function runJourney(endpoint: string, stamp: string): Promise<Seen> {
  // A private HOME and config: nothing from the machine's ~/.aws (profiles, credentials) leaks in.
  const home = mkdtempSync(path.join(tmpdir(), "boto3-e2e-"));
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, "config"),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, "credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
  };
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [SCRIPT, endpoint, stamp], { env: env as NodeJS.ProcessEnv, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`boto3 journey failed (${PYTHON}): ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as Seen);
    });
  });
}

/** The pages hold every expected name exactly once, in pages of at most two. */
function expectPagedOnce(pages: string[][], names: string[]) {
  expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(names.length / 2));
  for (const page of pages) expect(page.length).toBeLessThanOrEqual(2);
  const all = pages.flat();
  expect(new Set(all).size, `duplicates in ${JSON.stringify(pages)}`).toBe(all.length);
  expect([...all].sort()).toEqual([...names].sort());
}

test.describe.configure({ timeout: 180_000 });

test("boto3: paginators see every user, role and policy once; assume_role credentials work and are refused as AWS does", async ({ baseURL }) => {
  const stamp = String(Date.now());
  const seen = await runJourney(`${baseURL}/api/aws`, stamp);
  const names = [0, 1, 2, 3, 4].map((i) => `b3-${stamp}-${i}`);

  // Pagination: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html (Marker, MaxItems, IsTruncated)
  expectPagedOnce(seen.users, names);
  expectPagedOnce(seen.roles, names);
  expectPagedOnce(seen.policies, names);
  expect(seen.users.length).toBe(3);
  expectPagedOnce(seen.allRoles, seen.allRolesOnePage);

  expect(seen.callerIdentity).toBe(`arn:aws:iam::${ACCT}:user/b3-${stamp}-caller`);
  const session = `arn:aws:sts::${ACCT}:assumed-role/b3-${stamp}-reader/boto3-session`;
  expect(seen.assumedRoleUser).toBe(session);
  expect(seen.roleIdentity).toBe(session);
  expectPagedOnce(seen.allowedUsers, names);
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
  expect(seen.deniedCreateUser).toEqual({
    code: "AccessDenied",
    message: `User: ${session} is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${ACCT}:user/b3-${stamp}-forbidden because no identity-based policy allows the iam:CreateUser action`,
  });
  // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html (trust policy refuses: AccessDenied)
  expect(seen.refusedAssume).toEqual({
    code: "AccessDenied",
    message: `User: arn:aws:iam::${ACCT}:user/b3-${stamp}-caller is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCT}:role/b3-${stamp}-closed`,
  });
});

// Drives Debian's AWS CLI (/usr/bin/aws) against the sandbox's wire endpoint with an empty private
// config, so nothing from the machine's ~/.aws leaks in. `keys: null` runs without credentials.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

const AWS = process.env.AWS_CLI ?? "/usr/bin/aws";

export interface CliKeys {
  id: string;
  secret: string;
  token?: string;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function awsCli(): (baseURL: string, keys: CliKeys | null, args: string[]) => Promise<CliRun> {
  const dir = mkdtempSync(path.join(tmpdir(), "cli-e2e-"));
  const configFile = path.join(dir, "config");
  const credentialsFile = path.join(dir, "credentials");
  writeFileSync(configFile, "");
  writeFileSync(credentialsFile, "");
  return (baseURL, keys, args) => {
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: dir,
      AWS_DEFAULT_REGION: "us-east-1",
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_CONFIG_FILE: configFile,
      AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
      AWS_PAGER: "",
      AWS_ACCESS_KEY_ID: keys?.id,
      AWS_SECRET_ACCESS_KEY: keys?.secret,
      AWS_SESSION_TOKEN: keys?.token,
    };
    // Debian's CLI v2.9 ignores AWS_ENDPOINT_URL: the endpoint goes on the command line.
    const full = [...args, "--endpoint-url", `${baseURL}/api/aws`, "--output", "json"];
    return new Promise((resolve) => {
      execFile(AWS, full, { env: env as NodeJS.ProcessEnv, timeout: 30_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });
  };
}

/** The run's JSON output, after asserting it succeeded without complaint. */
export async function cliOk(run: Promise<CliRun>): Promise<Record<string, unknown>> {
  const r = await run;
  expect(r.stderr, r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout.trim() ? JSON.parse(r.stdout) : {};
}

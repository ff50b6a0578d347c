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

export interface CliOptions {
  /** The `aws` binary (default: AWS_CLI or Debian's /usr/bin/aws). */
  bin?: string;
  /**
   * How the endpoint is given: `flag` (--endpoint-url on each command; Debian's CLI 2.9 ignores
   * AWS_ENDPOINT_URL) or `env` (AWS_ENDPOINT_URL, which also reaches the calls a CLI makes itself,
   * such as a profile's AssumeRole).
   */
  endpoint?: "flag" | "env";
}

export interface Cli {
  run(baseURL: string, keys: CliKeys | null, args: string[], input?: string): Promise<CliRun>;
  /** The private config and credentials files (empty at first), for profile journeys to write. */
  configFile: string;
  credentialsFile: string;
}

export function privateCli(options: CliOptions = {}): Cli {
  const dir = mkdtempSync(path.join(tmpdir(), "cli-e2e-"));
  const configFile = path.join(dir, "config");
  const credentialsFile = path.join(dir, "credentials");
  writeFileSync(configFile, "");
  writeFileSync(credentialsFile, "");
  const run: Cli["run"] = (baseURL, keys, args, input) => {
    const endpoint = `${baseURL}/api/aws`;
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
      AWS_ENDPOINT_URL: options.endpoint === "env" ? endpoint : undefined,
    };
    const full = [...args, ...(options.endpoint === "env" ? [] : ["--endpoint-url", endpoint]), "--output", "json"];
    return new Promise((resolve) => {
      const child = execFile(options.bin ?? AWS, full, { env: env as NodeJS.ProcessEnv, timeout: 30_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
      // Without a terminal the CLI reads an MFA code (mfa_serial profiles) from stdin.
      child.stdin?.end(input ?? "");
    });
  };
  return { run, configFile, credentialsFile };
}

export function awsCli(options: CliOptions = {}): Cli["run"] {
  return privateCli(options).run;
}

/** The run's JSON output, after asserting it succeeded without complaint. */
export async function cliOk(run: Promise<CliRun>): Promise<Record<string, unknown>> {
  const r = await run;
  expect(r.stderr, r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout.trim() ? JSON.parse(r.stdout) : {};
}

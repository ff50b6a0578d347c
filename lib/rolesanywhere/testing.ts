// Test support: the real AWS CLI v2 (/usr/bin/aws, whose botocore carries the rolesanywhere model)
// against a harness endpoint, with a private empty config. Import only from tests.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Creds } from "@/lib/wire/testing";

export const AWS_CLI = process.env.AWS_CLI ?? "/usr/bin/aws";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json: Record<string, unknown>;
}

export interface CliRunner {
  run(creds: Creds | null, args: string[], extraEnv?: Record<string, string>): Promise<CliResult>;
  dir: string;
  configFile: string;
}

/** `endpoint`: the wire endpoint URL as a user would give it (http://host:port/api/aws). Runs in its own directory. */
export function cliFor(endpoint: string): CliRunner {
  const dir = mkdtempSync(path.join(tmpdir(), "ra-cli-"));
  const configFile = path.join(dir, "config");
  writeFileSync(configFile, "");
  writeFileSync(path.join(dir, "credentials"), "");
  const run: CliRunner["run"] = (creds, args, extraEnv = {}) => {
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: dir,
      AWS_DEFAULT_REGION: "us-east-1",
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_CONFIG_FILE: configFile,
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"),
      AWS_PAGER: "",
      AWS_ACCESS_KEY_ID: creds?.accessKeyId,
      AWS_SECRET_ACCESS_KEY: creds?.secretAccessKey,
      AWS_SESSION_TOKEN: creds?.sessionToken,
      ...extraEnv,
    };
    const full = [...args, "--endpoint-url", endpoint, "--output", "json"];
    return new Promise((resolve) => {
      execFile(AWS_CLI, full, { env: env as NodeJS.ProcessEnv, cwd: dir, timeout: 60_000 }, (error, stdout, stderr) => {
        let json: Record<string, unknown> = {};
        try {
          json = stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
        } catch {
          // not JSON: the caller reads stdout
        }
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr, json });
      });
    });
  };
  return { run, dir, configFile };
}

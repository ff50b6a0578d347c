// Test support: the real AWS CLI v2 (/usr/bin/aws, whose botocore carries the rolesanywhere model)
// against a harness endpoint, with a private empty config, and a SigV4-signed call for operations the
// CLI does not carry. Import only from tests.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
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

export interface SignedAnswer {
  status: number;
  type: string | null;
  json: Record<string, unknown>;
}

/** One SigV4-signed REST-JSON call at `baseUrl`/api/aws`path` (service `rolesanywhere` unless given). */
export async function signedCall(baseUrl: string, creds: Creds, method: string, path: string, body?: string, service = "rolesanywhere"): Promise<SignedAnswer> {
  const url = new URL(`${baseUrl}/api/aws${path}`);
  const signer = new SignatureV4({ credentials: creds, region: "us-east-1", service, sha256: Sha256 });
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length > 1 ? all : all[0];
  }
  const signed = await signer.sign({
    method,
    protocol: "http:",
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query,
    headers: { host: url.host, "content-type": "application/json" },
    body,
  });
  const res = await fetch(url, { method, headers: signed.headers, body });
  return { status: res.status, type: res.headers.get("x-amzn-errortype"), json: (await res.json()) as Record<string, unknown> };
}

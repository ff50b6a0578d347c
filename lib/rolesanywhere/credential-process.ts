// The workload's side of IAM Roles Anywhere, as AWS's signing helper (aws_signing_helper
// credential-process) plays it: sign CreateSession with the certificate's key, call the endpoint, and
// answer the credentials in the AWS CLI's credential_process format (Version 1). No store access: it
// runs wherever the certificate and key are.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/credential-helper.html
// AWS: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sourcing-external.html
import type { CreateSessionOutput } from "./create-session";
import { signCreateSession } from "./x509-signature";

export interface CredentialProcessOutput {
  Version: 1;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

export interface SessionRequest {
  /** The wire endpoint (http://localhost:3000/api/aws): CreateSession goes to <endpoint>/sessions. */
  endpoint: string;
  certificatePem: string;
  privateKeyPem: string;
  chainPems?: string[];
  trustAnchorArn: string;
  profileArn: string;
  roleArn: string;
  durationSeconds?: number;
  roleSessionName?: string;
  region?: string;
}

export class CreateSessionError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** CreateSession, signed as aws_signing_helper signs it; the first credential set in credential_process form. */
export async function requestCredentials(req: SessionRequest): Promise<CredentialProcessOutput> {
  const url = `${req.endpoint.replace(/\/+$/, "")}/sessions`;
  const body = JSON.stringify({
    durationSeconds: req.durationSeconds,
    profileArn: req.profileArn,
    roleArn: req.roleArn,
    trustAnchorArn: req.trustAnchorArn,
    roleSessionName: req.roleSessionName,
  });
  const headers = signCreateSession({ url, body, certificatePem: req.certificatePem, privateKeyPem: req.privateKeyPem, chainPems: req.chainPems, region: req.region });
  const res = await fetch(url, { method: "POST", headers, body });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: reported below
  }
  if (res.status !== 201) {
    throw new CreateSessionError(res.status, res.headers.get("x-amzn-errortype") ?? `HTTP ${res.status}`, typeof json.message === "string" ? json.message : text.slice(0, 200));
  }
  const c = (json as unknown as CreateSessionOutput).credentialSet?.[0]?.credentials;
  if (!c) throw new CreateSessionError(res.status, "InvalidResponse", "CreateSession answered no credentials.");
  return { Version: 1, AccessKeyId: c.accessKeyId, SecretAccessKey: c.secretAccessKey, SessionToken: c.sessionToken, Expiration: c.expiration };
}

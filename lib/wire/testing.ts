// Test support for the wire endpoint: a fresh seeded sandbox, the real endpoint on a node:http
// server, and helpers to add roles/keys straight into the database. Import only from tests.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pointAtFreshSandbox } from "@/lib/testing/sandbox-db";
import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import { IAMClient } from "@aws-sdk/client-iam";

export interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const ADMIN_111: Creds = { accessKeyId: "AKIAIDENTITYADMIN001", secretAccessKey: "identityAdminSecretKey000000000000000001" };
export const ADMIN_222: Creds = { accessKeyId: "AKIAWORKLOADADMIN001", secretAccessKey: "workloadAdminSecretKey000000000000000001" };

export interface Harness {
  url: string;
  server: Server;
  db: typeof import("@/lib/db").db;
  close(): Promise<void>;
}

/** Must run before anything imports lib/db: it points the process at a new sandbox database. */
export async function startHarness(): Promise<Harness> {
  pointAtFreshSandbox();
  const { db } = await import("@/lib/db");
  const { nodeListener } = await import("@/lib/aws-query");
  const { POST } = await import("@/app/api/aws/route");
  const server = createServer(nodeListener(POST));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, server, db, close: () => new Promise((resolve) => server.close(() => resolve())) };
}


/** A role row as IAM would store it, trust principals recorded by unique id where they are users/roles. */
export async function createRole(
  db: Harness["db"],
  input: { accountId: string; name: string; trust: object; maxSessionDuration?: number; managedPolicyArns?: string[]; path?: string },
) {
  const { newId } = await import("@/lib/ids");
  const path = input.path ?? "/";
  const arn = `arn:aws:iam::${input.accountId}:role${path}${input.name}`;
  const ids: Record<string, string> = {};
  const text = JSON.stringify(input.trust);
  for (const m of text.matchAll(/arn:aws:iam::\d{12}:(user|role)\/[\w+=,.@\/-]+/g)) {
    const found =
      m[1] === "user" ? await db.user.findUnique({ where: { arn: m[0] } }) : await db.role.findUnique({ where: { arn: m[0] } });
    if (found) ids[m[0]] = found.id;
  }
  const role = await db.role.create({
    data: {
      id: newId("AROA"),
      accountId: input.accountId,
      name: input.name,
      nameLower: input.name.toLowerCase(),
      path,
      arn,
      trustPolicy: text,
      trustPrincipalIds: JSON.stringify(ids),
      maxSessionDuration: input.maxSessionDuration ?? 3600,
    },
  });
  for (const policyArn of input.managedPolicyArns ?? []) {
    const policy = await db.managedPolicy.findUniqueOrThrow({ where: { arn: policyArn } });
    await db.policyAttachment.create({ data: { policyId: policy.id, principalType: "role", principalId: role.id } });
  }
  return role;
}

/** A fresh long-term key for a user (or the account root when userName is omitted). */
export async function createKey(db: Harness["db"], accountId: string, userName?: string): Promise<Creds> {
  const { newId, newSecretAccessKey } = await import("@/lib/ids");
  const user = userName ? await db.user.findFirstOrThrow({ where: { accountId, name: userName } }) : null;
  const key = await db.accessKey.create({
    data: { id: newId("AKIA"), accountId, userId: user?.id, secretAccessKey: newSecretAccessKey() },
  });
  return { accessKeyId: key.id, secretAccessKey: key.secretAccessKey };
}

/** SDK credentials from an AssumeRole/GetSessionToken result. */
export function fromResult(c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string } | undefined): Creds {
  return { accessKeyId: c?.AccessKeyId ?? "", secretAccessKey: c?.SecretAccessKey ?? "", sessionToken: c?.SessionToken };
}

/** A SigV4-signed Query POST whose body is sent byte for byte as written (escapes included). */
export async function signedPost(baseUrl: string, creds: Creds, service: "iam" | "sts", body: string): Promise<{ status: number; text: string }> {
  const url = new URL(baseUrl);
  const signer = new SignatureV4({ credentials: creds, region: "us-east-1", service, sha256: Sha256 });
  const signed = await signer.sign({
    method: "POST",
    protocol: "http:",
    hostname: url.hostname,
    port: Number(url.port),
    path: "/",
    headers: { host: url.host, "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  const res = await fetch(`${baseUrl}/`, { method: "POST", headers: signed.headers, body });
  return { status: res.status, text: await res.text() };
}

export interface SdkFailure {
  name: string;
  status?: number;
  message: string;
}

/** How an SDK call failed (error name, HTTP status, message), or `Resolved` when it did not. */
export async function sdkFailure(p: Promise<unknown>): Promise<SdkFailure> {
  const e = (await p.then(
    () => ({ name: "Resolved", message: "" }),
    (err: unknown) => err,
  )) as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
  return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
}

/** The AccessDenied a user with no policy allowing `iam:<action>` on `resource` gets (AWS names no resource for `*`). */
export function deniedWithoutPolicy(principalArn: string, action: string, resource: string): SdkFailure {
  const on = resource === "*" ? "" : ` on resource: ${resource}`;
  return {
    name: "AccessDenied",
    status: 403,
    message: `User: ${principalArn} is not authorized to perform: iam:${action}${on} because no identity-based policy allows the iam:${action} action`,
  };
}

/** A real IAM SDK client for the harness, without retries (a refused call fails once). */
export function iamClient(url: string, credentials: Creds, region = "us-east-1"): IAMClient {
  return new IAMClient({ endpoint: url, region, credentials, maxAttempts: 1 });
}

// Real AWS SDK v3 clients against the sandbox's wire endpoint, with the sandbox admins' keys:
// journeys use them to set up state the way an administrator with the CLI would.
import { IAMClient } from "@aws-sdk/client-iam";
import { STSClient } from "@aws-sdk/client-sts";

export const ADMIN_KEYS = {
  identity: { accessKeyId: "AKIAIDENTITYADMIN001", secretAccessKey: "identityAdminSecretKey000000000000000001" },
  workload: { accessKeyId: "AKIAWORKLOADADMIN001", secretAccessKey: "workloadAdminSecretKey000000000000000001" },
} as const;

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

export function iamClient(baseURL: string, credentials: Credentials): IAMClient {
  return new IAMClient({ endpoint: `${baseURL}/api/aws`, region: "us-east-1", credentials, maxAttempts: 1 });
}

export function stsClient(baseURL: string, credentials: Credentials): STSClient {
  return new STSClient({ endpoint: `${baseURL}/api/aws`, region: "us-east-1", credentials, maxAttempts: 1 });
}

export function trustPolicy(principal: Record<string, string | string[]>, condition?: object): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...(condition ? { Condition: condition } : {}) }],
  });
}

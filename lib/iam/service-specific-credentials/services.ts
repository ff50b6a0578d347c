// The services that take service-specific credentials, and the credential each one gets: a user name
// and password (CodeCommit HTTPS Git, Amazon Keyspaces), or an API key, an alias and a secret, that
// may expire (Amazon Bedrock, CloudWatch Logs).
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_service-specific-creds.html
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceSpecificCredential.html
import { randomBytes } from "node:crypto";
import { AwsError } from "@/lib/errors";

export type CredentialKind = "password" | "apiKey";

export interface Service {
  kind: CredentialKind;
  /** The API key's label (its alias starts with it) and the secret's prefix. */
  label?: string;
  secretPrefix?: string;
}

export const SERVICES: Record<string, Service> = {
  "codecommit.amazonaws.com": { kind: "password" },
  "cassandra.amazonaws.com": { kind: "password" },
  "bedrock.amazonaws.com": { kind: "apiKey", label: "BedrockAPIKey", secretPrefix: "ABSK" },
  "logs.amazonaws.com": { kind: "apiKey", label: "LogsAPIKey", secretPrefix: "ACWL" },
};

/** The text is AWS's description of the error (its wording on the wire is not documented) [INF]. */
export function serviceOf(name: string): Service {
  const service = SERVICES[name];
  if (!service) throw new AwsError("NotSupportedService", `The specified service ${name} does not support service-specific credentials.`);
  return service;
}

/** "jane-at-123456789012" (AWS's documented ServiceUserName). */
export const serviceUserName = (userName: string, accountId: string) => `${userName}-at-${accountId}`;

/** ServiceUserName of a password credential, ServiceCredentialAlias (the user name and a suffix) of an API key [INF]. */
export function publicNameFor(service: Service, userName: string, accountId: string): string {
  return service.kind === "password" ? serviceUserName(userName, accountId) : `${service.label}-${userName}-at-${accountId}-${randomBytes(3).toString("hex")}`;
}

/**
 * A new secret: a 44-character password, as CodeCommit's Git passwords look; or an API key's
 * secret, which carries its alias as Bedrock's long-term keys do [INF].
 */
export function newSecret(service: Service, publicName: string): string {
  if (service.kind === "password") return randomBytes(32).toString("base64");
  return service.secretPrefix + Buffer.from(`${publicName}:${randomBytes(30).toString("base64")}`).toString("base64");
}

// Service-specific credentials: Create (the password or API key secret is returned this once and
// only its bcrypt hash is kept), List (one user's, or with AllUsers the account's), Reset (a new
// secret, returned once), Update (Active/Inactive) and Delete; each authorized on the owning user's
// ARN before anything is looked up. Two credentials per service per user.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceSpecificCredential.html
import { hashPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { targetUser } from "@/lib/iam/access-keys/keys";
import { iamArn } from "../names";
import { pageOf, pageRequest, type PageInput } from "../pagination";
import { checkStatus } from "../ssh-public-keys/keys";
import { authorizedUser } from "@/lib/iam/users/crud";
import { newSecret, publicNameFor, serviceOf } from "./services";
import { serverNow } from "@/lib/server-now";

/** "You can have a maximum of two sets of service-specific credentials for each supported service per user." */
export const CREDENTIALS_PER_SERVICE_PER_USER = 2;

type Status = "Active" | "Inactive" | "Expired";

export interface ServiceSpecificCredentialMetadata {
  UserName: string;
  Status: Status;
  ServiceUserName?: string;
  ServiceCredentialAlias?: string;
  CreateDate: Date;
  ExpirationDate?: Date;
  ServiceSpecificCredentialId: string;
  ServiceName: string;
}

export interface ServiceSpecificCredentialShape extends ServiceSpecificCredentialMetadata {
  ServicePassword?: string;
  ServiceCredentialSecret?: string;
}

type Row = { id: string; serviceName: string; serviceUserName: string; status: string; createdAt: Date; expiresAt: Date | null };

function metadata(userName: string, c: Row, now = serverNow()): ServiceSpecificCredentialMetadata {
  const apiKey = serviceOf(c.serviceName).kind === "apiKey";
  const status: Status = c.expiresAt && c.expiresAt <= now ? "Expired" : c.status === "Inactive" ? "Inactive" : "Active";
  return {
    UserName: userName,
    Status: status,
    ...(apiKey ? { ServiceCredentialAlias: c.serviceUserName } : { ServiceUserName: c.serviceUserName }),
    CreateDate: c.createdAt,
    ...(c.expiresAt ? { ExpirationDate: c.expiresAt } : {}),
    ServiceSpecificCredentialId: c.id,
    ServiceName: c.serviceName,
  };
}

function withSecret(userName: string, c: Row, secret: string): ServiceSpecificCredentialShape {
  const apiKey = serviceOf(c.serviceName).kind === "apiKey";
  return { ...metadata(userName, c), ...(apiKey ? { ServiceCredentialSecret: secret } : { ServicePassword: secret }) };
}

// AWS does not document this text; it follows IAM's other credential messages [INF].
const noSuchCredential = (id: string) => new AwsError("NoSuchEntity", `The Service Specific Credential with id ${id} cannot be found.`);

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createServiceSpecificCredential(
  caller: Caller,
  input: { userName: string; serviceName: string; credentialAgeDays?: number },
): Promise<{ ServiceSpecificCredential: ServiceSpecificCredentialShape }> {
  const user = await authorizedUser(caller, "iam:CreateServiceSpecificCredential", input.userName);
  const service = serviceOf(input.serviceName);
  if (input.credentialAgeDays !== undefined && service.kind !== "apiKey") {
    // "This field is only valid for services that support long-term API keys" (the model) [INF: the code].
    throw new AwsError("ValidationError", `CredentialAgeDays is not supported for service ${input.serviceName}.`);
  }
  const publicName = publicNameFor(service, user.name, caller.accountId);
  const secret = newSecret(service, publicName);
  const secretHash = await hashPassword(secret);
  const row = await db.$transaction(async (tx) => {
    await lockQuota(tx, `user:${user.id}:service-credentials`);
    if ((await tx.serviceSpecificCredential.count({ where: { userId: user.id, serviceName: input.serviceName } })) >= CREDENTIALS_PER_SERVICE_PER_USER) {
      throw new AwsError("LimitExceeded", `Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: ${CREDENTIALS_PER_SERVICE_PER_USER}`);
    }
    const createdAt = serverNow();
    return tx.serviceSpecificCredential.create({
      data: {
        id: newId("ACCA"),
        accountId: caller.accountId,
        userId: user.id,
        serviceName: input.serviceName,
        serviceUserName: publicName,
        secretHash,
        createdAt,
        expiresAt: input.credentialAgeDays === undefined ? null : new Date(createdAt.getTime() + input.credentialAgeDays * DAY_MS),
      },
    });
  });
  return { ServiceSpecificCredential: withSecret(user.name, row, secret) };
}

type ListResult = { ServiceSpecificCredentials: ServiceSpecificCredentialMetadata[]; IsTruncated: boolean; Marker?: string };

/**
 * One user's credentials (the caller's without a name), or with AllUsers every user's in the account,
 * authorized on the account's users as a whole [INF]; ServiceName filters (and must be supported).
 */
export async function listServiceSpecificCredentials(
  caller: Caller,
  input: PageInput & { userName?: string; serviceName?: string; allUsers?: boolean } = {},
): Promise<ListResult> {
  const paging = pageRequest(input);
  if (input.allUsers && input.userName !== undefined) {
    throw new AwsError("ValidationError", "AllUsers cannot be specified together with UserName.");
  }
  let where: { userId?: string; accountId?: string };
  if (input.allUsers) {
    await authorize(caller, "iam:ListServiceSpecificCredentials", iamArn(caller.accountId, "user", "/", "*"));
    where = { accountId: caller.accountId };
  } else {
    where = { userId: (await targetUser(caller, input.userName, "iam:ListServiceSpecificCredentials")).id };
  }
  if (input.serviceName !== undefined) serviceOf(input.serviceName);
  const rows = await db.serviceSpecificCredential.findMany({
    where: { ...where, ...(input.serviceName !== undefined ? { serviceName: input.serviceName } : {}) },
    include: { user: { select: { name: true } } },
  });
  const { items, ...rest } = pageOf(rows, (c) => `${c.createdAt.toISOString()} ${c.id}`, paging);
  const now = serverNow();
  return { ServiceSpecificCredentials: items.map((c) => metadata(c.user.name, c, now)), ...rest };
}

async function ownedCredential(userId: string, id: string) {
  const c = await db.serviceSpecificCredential.findUnique({ where: { id } });
  // Another user's credential reads as missing, so ids can't be probed across users.
  if (!c || c.userId !== userId) throw noSuchCredential(id);
  return c;
}

export async function resetServiceSpecificCredential(caller: Caller, input: { userName?: string; id: string }): Promise<{ ServiceSpecificCredential: ServiceSpecificCredentialShape }> {
  const user = await targetUser(caller, input.userName, "iam:ResetServiceSpecificCredential");
  const c = await ownedCredential(user.id, input.id);
  const secret = newSecret(serviceOf(c.serviceName), c.serviceUserName);
  const row = await db.serviceSpecificCredential.update({ where: { id: c.id }, data: { secretHash: await hashPassword(secret) } });
  return { ServiceSpecificCredential: withSecret(user.name, row, secret) };
}

export async function updateServiceSpecificCredential(caller: Caller, input: { userName?: string; id: string; status: string }): Promise<void> {
  const status = checkStatus(input.status);
  const user = await targetUser(caller, input.userName, "iam:UpdateServiceSpecificCredential");
  const c = await ownedCredential(user.id, input.id);
  await db.serviceSpecificCredential.update({ where: { id: c.id }, data: { status } });
}

export async function deleteServiceSpecificCredential(caller: Caller, input: { userName?: string; id: string }): Promise<void> {
  const user = await targetUser(caller, input.userName, "iam:DeleteServiceSpecificCredential");
  const c = await ownedCredential(user.id, input.id);
  await db.serviceSpecificCredential.delete({ where: { id: c.id } });
}

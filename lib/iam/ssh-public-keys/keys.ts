// SSH public keys for CodeCommit: UploadSSHPublicKey, GetSSHPublicKey (SSH or PEM encoding),
// ListSSHPublicKeys, UpdateSSHPublicKey (Active/Inactive) and DeleteSSHPublicKey, each authorized on
// the owning user's ARN before anything is looked up.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_ssh-keys.html
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError, validationError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { targetUser } from "@/lib/iam/access-keys/keys";
import { pageOf, pageRequest, type PageInput } from "../pagination";
import { uniqueOr } from "../roles/unique";
import { authorizedUser } from "@/lib/iam/users/crud";
import { encodeSshPublicKey, parseSshPublicKey } from "./parse";

/** IAM quota: "SSH public keys per IAM user: 5". https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html */
export const SSH_PUBLIC_KEYS_PER_USER = 5;

export type KeyStatus = "Active" | "Inactive";
export type KeyEncoding = "SSH" | "PEM";

export interface SshPublicKeyMetadata {
  UserName: string;
  SSHPublicKeyId: string;
  Status: KeyStatus;
  UploadDate: Date;
}

export interface SshPublicKeyShape extends SshPublicKeyMetadata {
  Fingerprint: string;
  SSHPublicKeyBody: string;
}

type Row = { id: string; userId: string; body: string; fingerprint: string; status: string; uploadedAt: Date };

const statusOf = (s: string): KeyStatus => (s === "Inactive" ? "Inactive" : "Active");
const metadata = (userName: string, k: Row): SshPublicKeyMetadata => ({ UserName: userName, SSHPublicKeyId: k.id, Status: statusOf(k.status), UploadDate: k.uploadedAt });
const shape = (userName: string, k: Row, encoding: KeyEncoding): SshPublicKeyShape => ({
  ...metadata(userName, k),
  Fingerprint: k.fingerprint,
  SSHPublicKeyBody: encodeSshPublicKey(k.body, encoding),
});

// AWS's texts are not documented; these follow IAM's other credential messages [INF].
const noSuchKey = (id: string) => new AwsError("NoSuchEntity", `The Public Key with id ${id} cannot be found.`);
const duplicate = () => new AwsError("DuplicateSSHPublicKey", "The SSH public key is already associated with the specified IAM user.");

export function checkStatus(status: string): KeyStatus {
  if (status !== "Active" && status !== "Inactive") throw validationError("status", status, "Member must satisfy enum value set: [Active, Inactive]");
  return status;
}

export async function uploadSshPublicKey(caller: Caller, input: { userName: string; body: string }): Promise<{ SSHPublicKey: SshPublicKeyShape }> {
  const user = await authorizedUser(caller, "iam:UploadSSHPublicKey", input.userName);
  const key = parseSshPublicKey(input.body);
  const row = await uniqueOr(
    db.$transaction(async (tx) => {
      await lockQuota(tx, `user:${user.id}:ssh-public-keys`);
      const keys = await tx.sshPublicKey.findMany({ where: { userId: user.id }, select: { fingerprint: true } });
      if (keys.some((k) => k.fingerprint === key.fingerprint)) throw duplicate();
      if (keys.length >= SSH_PUBLIC_KEYS_PER_USER) throw new AwsError("LimitExceeded", `Cannot exceed quota for SSHPublicKeysPerUser: ${SSH_PUBLIC_KEYS_PER_USER}`);
      return tx.sshPublicKey.create({ data: { id: newId("APKA"), userId: user.id, body: key.ssh, fingerprint: key.fingerprint } });
    }),
    duplicate,
  );
  return { SSHPublicKey: shape(user.name, row, "SSH") };
}

async function ownedKey(userId: string, id: string): Promise<Row> {
  const key = await db.sshPublicKey.findUnique({ where: { id } });
  // Another user's key reads as missing, so ids can't be probed across users.
  if (!key || key.userId !== userId) throw noSuchKey(id);
  return key;
}

export async function getSshPublicKey(caller: Caller, input: { userName: string; id: string; encoding: KeyEncoding }): Promise<{ SSHPublicKey: SshPublicKeyShape }> {
  const user = await authorizedUser(caller, "iam:GetSSHPublicKey", input.userName);
  return { SSHPublicKey: shape(user.name, await ownedKey(user.id, input.id), input.encoding) };
}

/** Oldest first; without a user name, the calling user's keys (AWS). */
export async function listSshPublicKeys(
  caller: Caller,
  input: PageInput & { userName?: string } = {},
): Promise<{ SSHPublicKeys: SshPublicKeyMetadata[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  const user = await targetUser(caller, input.userName, "iam:ListSSHPublicKeys");
  const keys = await db.sshPublicKey.findMany({ where: { userId: user.id } });
  const { items, ...rest } = pageOf(keys, (k) => `${k.uploadedAt.toISOString()} ${k.id}`, paging);
  return { SSHPublicKeys: items.map((k) => metadata(user.name, k)), ...rest };
}

export async function updateSshPublicKey(caller: Caller, input: { userName: string; id: string; status: string }): Promise<void> {
  const status = checkStatus(input.status);
  const user = await authorizedUser(caller, "iam:UpdateSSHPublicKey", input.userName);
  const key = await ownedKey(user.id, input.id);
  await db.sshPublicKey.update({ where: { id: key.id }, data: { status } });
}

export async function deleteSshPublicKey(caller: Caller, input: { userName: string; id: string }): Promise<void> {
  const user = await authorizedUser(caller, "iam:DeleteSSHPublicKey", input.userName);
  const key = await ownedKey(user.id, input.id);
  await db.sshPublicKey.delete({ where: { id: key.id } });
}

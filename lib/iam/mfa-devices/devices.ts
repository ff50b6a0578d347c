// Virtual MFA devices on the API: CreateVirtualMFADevice makes an unassigned device and hands out
// its seed once; EnableMFADevice assigns it to a user with two consecutive codes; Deactivate returns
// it to unassigned; DeleteVirtualMFADevice removes an unassigned one; ResyncMFADevice re-anchors the
// code counter; GetMFADevice describes one. A row with userId null and enabledAt set is the root
// user's device (assigned in the console only, as AWS allows).
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_cliapi.html
import QRCode from "qrcode";
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { newTotpSecret, otpauthUri } from "@/lib/iam/mfa-devices/totp";
import { uniqueOr } from "../roles/unique";
import { applyTags, requestTagContext, validateTags, type Tag } from "../tags";
import { authorizedUser } from "@/lib/iam/users/crud";
import { consecutiveCodesStep, MFA_DEVICES_PER_USER } from "./codes";
import { serverTimeOf } from "@/lib/server-now";

const ISSUER = "Amazon Web Services";
/** Steps of drift ResyncMFADevice accepts on either side of now (resync exists for drifted clocks) [INF]. */
const RESYNC_WINDOW_STEPS = 20;

export function mfaArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:mfa${path}${name}`;
}

/** The QR code an authenticator app scans: the otpauth URI for `who@account`, as a base64 PNG. */
export async function qrCodePng(accountId: string, who: string, secret: string): Promise<string> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: { alias: true } });
  const png = await QRCode.toBuffer(otpauthUri(`${who}@${account?.alias ?? accountId}`, ISSUER, secret), { type: "png", margin: 2, width: 200 });
  return png.toString("base64");
}

export const invalidCode = () => new AwsError("InvalidAuthenticationCode", "Authentication code for device is not valid.");
export const noSuchVirtualDevice = (serial: string) => new AwsError("NoSuchEntity", `VirtualMFADevice with serial number ${serial} doesn't exist.`);
const noSuchDevice = (serial: string) => new AwsError("NoSuchEntity", `MFA Device with serial number ${serial} does not exist.`);

export const isAssigned = (d: { userId: string | null; enabledAt: Date | null }) => d.userId !== null || d.enabledAt !== null;

/** The account's device with this serial number (another account's reads as missing). */
export async function findDevice(accountId: string, serialNumber: string) {
  const device = await db.mfaDevice.findUnique({ where: { serialNumber } });
  return device && device.accountId === accountId ? device : null;
}

/**
 * The user a device call acts on, once `action` on it is allowed: the named user, else the calling
 * user, else the root user for a root caller (null); other callers must name a user.
 */
export async function deviceOwner(caller: Caller, action: string, userName: string | undefined): Promise<{ id: string; name: string } | null> {
  const name = userName ?? caller.userName;
  if (name) return authorizedUser(caller, action, name);
  if (caller.kind !== "root") throw new AwsError("ValidationError", "Must specify userName when calling with non-User credentials");
  await authorize(caller, action, caller.arn);
  return null;
}

const ownedBy = (owner: { id: string } | null) => (owner ? { userId: owner.id } : { userId: null, enabledAt: { not: null } });

/** Both secrets are blobs in the model: base64 on the wire (of the seed's base32 text, of the PNG's bytes). */
export interface CreatedVirtualMfaDevice {
  SerialNumber: string;
  Base32StringSeed: string;
  QRCodePNG: string;
  Tags?: Tag[];
}

export async function createVirtualMfaDevice(
  caller: Caller,
  input: { name: string; path?: string; tags?: Tag[] },
): Promise<{ VirtualMFADevice: CreatedVirtualMfaDevice }> {
  const tags = input.tags ?? [];
  validateTags(tags);
  const serialNumber = mfaArn(caller.accountId, input.path ?? "/", input.name);
  await authorize(caller, "iam:CreateVirtualMFADevice", serialNumber, tags.length ? { context: requestTagContext(tags) } : {});
  const exists = () => new AwsError("EntityAlreadyExists", "MFADevice entity at the same path and name already exists.");
  if (await db.mfaDevice.findUnique({ where: { serialNumber }, select: { serialNumber: true } })) throw exists();
  const secret = newTotpSecret();
  await uniqueOr(
    db.$transaction(async (tx) => {
      await tx.mfaDevice.create({ data: { serialNumber, accountId: caller.accountId, userId: null, secret, enabledAt: null } });
      // A device deleted with its user (the console's cascade) may have left tags under this serial.
      await tx.tag.deleteMany({ where: { ownerType: "mfa", ownerId: serialNumber } });
      await applyTags(tx, "mfa", serialNumber, tags, "TagsPerMFADevice");
    }),
    exists,
  );
  const png = await qrCodePng(caller.accountId, input.name, secret);
  return {
    VirtualMFADevice: { SerialNumber: serialNumber, Base32StringSeed: Buffer.from(secret, "ascii").toString("base64"), QRCodePNG: png, Tags: tags.length ? tags : undefined },
  };
}

export async function enableMfaDevice(
  caller: Caller,
  input: { userName: string; serialNumber: string; code1: string; code2: string },
  now = Date.now(), // wall clock: TOTP codes come from devices outside the sandbox
): Promise<void> {
  const user = await authorizedUser(caller, "iam:EnableMFADevice", input.userName);
  const device = await findDevice(caller.accountId, input.serialNumber);
  if (!device) throw noSuchVirtualDevice(input.serialNumber);
  // [INF] wording of the EntityAlreadyExists AWS answers for a device another identity holds.
  if (isAssigned(device)) throw new AwsError("EntityAlreadyExists", "MFA Device is already in use.");
  const step = consecutiveCodesStep(device.secret, input.code1, input.code2, now);
  if (step === null) throw invalidCode();
  await db.$transaction(async (tx) => {
    await lockQuota(tx, `user:${user.id}`);
    if ((await tx.mfaDevice.count({ where: { userId: user.id } })) >= MFA_DEVICES_PER_USER) {
      throw new AwsError("LimitExceeded", `Cannot exceed quota for MFADevicesPerUser: ${MFA_DEVICES_PER_USER}`);
    }
    // Conditional: of two concurrent enables of one device, one wins.
    const won = await tx.mfaDevice.updateMany({
      where: { serialNumber: device.serialNumber, userId: null, enabledAt: null },
      data: { userId: user.id, enabledAt: serverTimeOf(now), lastCounter: step },
    });
    if (won.count === 0) throw new AwsError("EntityAlreadyExists", "MFA Device is already in use.");
  });
}

/** The device stays in the account, unassigned; its codes no longer sign anyone in. */
export async function deactivateMfaDevice(caller: Caller, input: { userName?: string; serialNumber: string }): Promise<void> {
  const owner = await deviceOwner(caller, "iam:DeactivateMFADevice", input.userName);
  const done = await db.mfaDevice.updateMany({
    where: { serialNumber: input.serialNumber, accountId: caller.accountId, ...ownedBy(owner) },
    data: { userId: null, enabledAt: null },
  });
  if (done.count === 0) throw noSuchDevice(input.serialNumber);
}

export async function resyncMfaDevice(
  caller: Caller,
  input: { userName: string; serialNumber: string; code1: string; code2: string },
  now = Date.now(), // wall clock: TOTP codes come from devices outside the sandbox
): Promise<void> {
  const user = await authorizedUser(caller, "iam:ResyncMFADevice", input.userName);
  const device = await findDevice(caller.accountId, input.serialNumber);
  if (!device || device.userId !== user.id) throw noSuchDevice(input.serialNumber);
  const step = consecutiveCodesStep(device.secret, input.code1, input.code2, now, { behind: RESYNC_WINDOW_STEPS, ahead: RESYNC_WINDOW_STEPS });
  // A code already accepted (at sign-in, or by an earlier resync) is never accepted again.
  if (step === null || step <= device.lastCounter) throw invalidCode();
  const won = await db.mfaDevice.updateMany({ where: { serialNumber: device.serialNumber, lastCounter: { lt: step } }, data: { lastCounter: step } });
  if (won.count === 0) throw invalidCode();
}

export async function deleteVirtualMfaDevice(caller: Caller, serialNumber: string): Promise<void> {
  await authorize(caller, "iam:DeleteVirtualMFADevice", serialNumber);
  const device = await findDevice(caller.accountId, serialNumber);
  if (!device) throw noSuchVirtualDevice(serialNumber);
  const inUse = () => new AwsError("DeleteConflict", "MFA device is still in use.");
  if (isAssigned(device)) throw inUse();
  await db.$transaction(async (tx) => {
    const removed = await tx.mfaDevice.deleteMany({ where: { serialNumber, userId: null, enabledAt: null } });
    if (removed.count === 0) throw inUse();
    await tx.tag.deleteMany({ where: { ownerType: "mfa", ownerId: serialNumber } });
  });
}

export interface MfaDeviceShape {
  UserName: string;
  SerialNumber: string;
  EnableDate: Date;
}

/** [INF] the name AWS's MFA lists give the root user's devices. */
export const ROOT_USER_NAME = "root";

export async function getMfaDevice(caller: Caller, input: { userName?: string; serialNumber: string }): Promise<MfaDeviceShape> {
  const owner = await deviceOwner(caller, "iam:GetMFADevice", input.userName);
  const device = await db.mfaDevice.findFirst({ where: { serialNumber: input.serialNumber, accountId: caller.accountId, ...ownedBy(owner) } });
  if (!device || !device.enabledAt) throw noSuchDevice(input.serialNumber);
  return { UserName: owner?.name ?? ROOT_USER_NAME, SerialNumber: device.serialNumber, EnableDate: device.enabledAt };
}

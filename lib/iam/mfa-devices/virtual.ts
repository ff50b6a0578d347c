// The console's MFA steps for a user: "Set up device" (a seed and its QR code, nothing stored yet),
// "Add MFA" (the device created already enabled with two consecutive codes), Remove (Deactivate then
// Delete, lib/iam/mfa-devices), the user's devices, and whether a console password exists
// (GetLoginProfile). The device's lastCounter is the last accepted TOTP step, so sign-in never
// accepts a code that enabling the device already used.
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError, validationError } from "@/lib/errors";
import { newTotpSecret } from "./totp";
import { consecutiveCodesStep, MFA_DEVICES_PER_USER } from "./codes";
import { deactivateMfaDevice, deleteVirtualMfaDevice, mfaArn, qrCodePng, type MfaDeviceShape } from "./devices";

export { consecutiveCodesStep, MFA_DEVICES_PER_USER };
import { checkName } from "@/lib/iam/names";
import { authorizedUser, findUserOrThrow } from "@/lib/iam/users/crud";
import { serverTimeOf } from "@/lib/server-now";


export type { MfaDeviceShape };

export function mfaSerial(accountId: string, deviceName: string): string {
  return mfaArn(accountId, "/", deviceName);
}

async function checkDeviceFree(serialNumber: string, userId: string) {
  if (await db.mfaDevice.findUnique({ where: { serialNumber } })) {
    throw new AwsError("EntityAlreadyExists", "MFADevice entity at the same path and name already exists.");
  }
  if ((await db.mfaDevice.count({ where: { userId } })) >= MFA_DEVICES_PER_USER) {
    throw new AwsError("LimitExceeded", `Cannot exceed quota for MFADevicesPerUser: ${MFA_DEVICES_PER_USER}`);
  }
}

/**
 * The console's "Set up device" step: a fresh seed with its otpauth QR code (CreateVirtualMFADevice's
 * Base32StringSeed and QRCodePNG). Nothing is stored until the two codes prove the app has the seed.
 */
export async function startVirtualMfaDevice(
  caller: Caller,
  input: { userName: string; deviceName: string },
): Promise<{ VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string; QRCodePNG: string } }> {
  checkName("virtualMFADeviceName", input.deviceName, 128);
  const serialNumber = mfaSerial(caller.accountId, input.deviceName);
  await authorize(caller, "iam:CreateVirtualMFADevice", serialNumber);
  const user = await findUserOrThrow(caller.accountId, input.userName);
  await checkDeviceFree(serialNumber, user.id);
  const secret = newTotpSecret();
  return { VirtualMFADevice: { SerialNumber: serialNumber, Base32StringSeed: secret, QRCodePNG: await qrCodePng(caller.accountId, user.name, secret) } };
}

export async function enableVirtualMfaDevice(
  caller: Caller,
  input: { userName: string; deviceName: string; secret: string; code1: string; code2: string },
  now = Date.now(), // wall clock: TOTP codes come from devices outside the sandbox
): Promise<{ MFADevice: MfaDeviceShape }> {
  checkName("virtualMFADeviceName", input.deviceName, 128);
  if (!/^[A-Z2-7]{16,128}$/.test(input.secret)) {
    throw validationError("base32StringSeed", "***", "Member must be a base32 string of 16 to 128 characters");
  }
  const serialNumber = mfaSerial(caller.accountId, input.deviceName);
  await authorize(caller, "iam:CreateVirtualMFADevice", serialNumber);
  const user = await authorizedUser(caller, "iam:EnableMFADevice", input.userName);
  const step = consecutiveCodesStep(input.secret, input.code1.trim(), input.code2.trim(), now);
  // AWS answers InvalidAuthenticationCode (403); the closed error set has no such code yet.
  if (step === null) throw new AwsError("InvalidAuthenticationCode", "Authentication code for device is not valid.", { field: "code1" });
  const device = await db.$transaction(async (tx) => {
    await lockQuota(tx, `user:${user.id}`);
    if (await tx.mfaDevice.findUnique({ where: { serialNumber } })) {
      throw new AwsError("EntityAlreadyExists", "MFADevice entity at the same path and name already exists.");
    }
    if ((await tx.mfaDevice.count({ where: { userId: user.id } })) >= MFA_DEVICES_PER_USER) {
      throw new AwsError("LimitExceeded", `Cannot exceed quota for MFADevicesPerUser: ${MFA_DEVICES_PER_USER}`);
    }
    return tx.mfaDevice.create({
      data: { serialNumber, accountId: caller.accountId, userId: user.id, secret: input.secret, lastCounter: step, enabledAt: serverTimeOf(now) },
    });
  });
  return { MFADevice: { UserName: user.name, SerialNumber: device.serialNumber, EnableDate: device.enabledAt ?? serverTimeOf(now) } };
}

export async function listMfaDevices(caller: Caller, userName: string): Promise<{ MFADevices: MfaDeviceShape[] }> {
  const user = await authorizedUser(caller, "iam:ListMFADevices", userName);
  const devices = await db.mfaDevice.findMany({ where: { userId: user.id }, orderBy: { enabledAt: "asc" } });
  return { MFADevices: devices.map((d) => ({ UserName: user.name, SerialNumber: d.serialNumber, EnableDate: d.enabledAt ?? new Date(0) })) };
}

/** The console's "Remove": DeactivateMFADevice on the user, then DeleteVirtualMFADevice on the device. */
export async function removeMfaDevice(caller: Caller, input: { userName: string; serialNumber: string }): Promise<void> {
  // Both verbs are allowed before either changes anything: a half-done removal is never left behind.
  await authorize(caller, "iam:DeleteVirtualMFADevice", input.serialNumber);
  await deactivateMfaDevice(caller, input);
  await deleteVirtualMfaDevice(caller, input.serialNumber);
}

export async function getLoginProfile(caller: Caller, userName: string): Promise<{ LoginProfile: { UserName: string; CreateDate: Date; PasswordResetRequired: boolean } }> {
  const user = await authorizedUser(caller, "iam:GetLoginProfile", userName);
  if (!user.passwordHash) throw new AwsError("NoSuchEntity", `Login Profile for User ${user.name} cannot be found.`);
  return { LoginProfile: { UserName: user.name, CreateDate: user.createdAt, PasswordResetRequired: user.passwordResetRequired } };
}

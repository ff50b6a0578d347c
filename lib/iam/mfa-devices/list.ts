// ListMFADevices (one identity's assigned devices) and ListVirtualMFADevices (the account's virtual
// devices by assignment status), both paged by serial number.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { pageOf, pageRequest, type PageInput } from "../pagination";
import { toUserShape, type UserShape } from "@/lib/iam/users/crud";
import { deviceOwner, isAssigned, ROOT_USER_NAME, type MfaDeviceShape } from "./devices";

export async function listUserMfaDevices(
  caller: Caller,
  input: PageInput & { userName?: string },
): Promise<{ MFADevices: MfaDeviceShape[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  const owner = await deviceOwner(caller, "iam:ListMFADevices", input.userName);
  const where = owner ? { userId: owner.id } : { accountId: caller.accountId, userId: null, enabledAt: { not: null } };
  const devices = await db.mfaDevice.findMany({ where });
  const { items, ...rest } = pageOf(devices, (d) => d.serialNumber, paging);
  const name = owner?.name ?? ROOT_USER_NAME;
  return { MFADevices: items.map((d) => ({ UserName: name, SerialNumber: d.serialNumber, EnableDate: d.enabledAt ?? new Date(0) })), ...rest };
}

export type AssignmentStatus = "Assigned" | "Unassigned" | "Any";

interface VirtualMfaDeviceShape {
  SerialNumber: string;
  User?: UserShape;
  EnableDate?: Date;
}

/** [INF] The root user as AWS lists it on a device it holds: the account root's ARN and id. */
function rootUser(accountId: string, createdAt: Date): UserShape {
  return { UserName: ROOT_USER_NAME, UserId: accountId, Arn: `arn:aws:iam::${accountId}:root`, Path: "/", CreateDate: createdAt };
}

export async function listVirtualMfaDevices(
  caller: Caller,
  input: PageInput & { assignmentStatus?: AssignmentStatus },
): Promise<{ VirtualMFADevices: VirtualMfaDeviceShape[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  await authorize(caller, "iam:ListVirtualMFADevices", "*");
  const status = input.assignmentStatus ?? "Any";
  const [devices, account] = await Promise.all([
    db.mfaDevice.findMany({ where: { accountId: caller.accountId }, include: { user: true } }),
    db.account.findUnique({ where: { id: caller.accountId }, select: { createdAt: true } }),
  ]);
  const chosen = devices.filter((d) => status === "Any" || (status === "Assigned") === isAssigned(d));
  const { items, ...rest } = pageOf(chosen, (d) => d.serialNumber, paging);
  return {
    VirtualMFADevices: items.map((d) => {
      if (!isAssigned(d)) return { SerialNumber: d.serialNumber };
      const user = d.user ? toUserShape(d.user) : rootUser(caller.accountId, account?.createdAt ?? new Date(0));
      return { SerialNumber: d.serialNumber, User: user, EnableDate: d.enabledAt ?? undefined };
    }),
    ...rest,
  };
}

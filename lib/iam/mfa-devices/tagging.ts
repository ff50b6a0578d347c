// TagMFADevice, UntagMFADevice and ListMFADeviceTags, authorized on the device's ARN (its serial
// number) before the device is looked up.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagMFADevice.html
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { applyTags, checkTagKeys, listTagsPage, removeTags, requestTagContext, validateTags, type Tag, type TagPage } from "../tags";
import { findDevice, noSuchVirtualDevice } from "./devices";

async function authorizedDevice(caller: Caller, action: string, serialNumber: string, context?: Parameters<typeof authorize>[3]) {
  await authorize(caller, action, serialNumber, context);
  const device = await findDevice(caller.accountId, serialNumber);
  if (!device) throw noSuchVirtualDevice(serialNumber);
  return device;
}

export async function tagMfaDevice(caller: Caller, serialNumber: string, tags: Tag[]): Promise<void> {
  validateTags(tags);
  await authorizedDevice(caller, "iam:TagMFADevice", serialNumber, { context: requestTagContext(tags) });
  await db.$transaction((tx) => applyTags(tx, "mfa", serialNumber, tags, "TagsPerMFADevice"));
}

export async function untagMfaDevice(caller: Caller, serialNumber: string, tagKeys: string[]): Promise<void> {
  checkTagKeys(tagKeys);
  await authorizedDevice(caller, "iam:UntagMFADevice", serialNumber, { context: { "aws:TagKeys": tagKeys } });
  await removeTags("mfa", serialNumber, tagKeys);
}

export async function listMfaDeviceTags(caller: Caller, serialNumber: string, input: { marker?: string; maxItems?: number } = {}): Promise<TagPage> {
  return listTagsPage(input, async () => {
    await authorizedDevice(caller, "iam:ListMFADeviceTags", serialNumber);
    return { ownerType: "mfa", ownerId: serialNumber };
  });
}

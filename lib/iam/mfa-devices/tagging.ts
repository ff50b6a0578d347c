// TagMFADevice, UntagMFADevice and ListMFADeviceTags, authorized on the device's ARN (its serial
// number) before the device is looked up.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagMFADevice.html
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { entityTagging } from "../tags";
import { findDevice, noSuchVirtualDevice } from "./devices";

async function authorizedDevice(caller: Caller, action: string, serialNumber: string, context?: Parameters<typeof authorize>[3]) {
  await authorize(caller, action, serialNumber, context);
  const device = await findDevice(caller.accountId, serialNumber);
  if (!device) throw noSuchVirtualDevice(serialNumber);
  return device;
}

export const { tag: tagMfaDevice, untag: untagMfaDevice, list: listMfaDeviceTags } = entityTagging(
  "mfa",
  "TagsPerMFADevice",
  { tag: "iam:TagMFADevice", untag: "iam:UntagMFADevice", list: "iam:ListMFADeviceTags" },
  async (caller, action, serialNumber: string, opts) => {
    await authorizedDevice(caller, action, serialNumber, opts);
    return serialNumber;
  },
);

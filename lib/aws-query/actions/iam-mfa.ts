// IAM Query actions for MFA devices: parameter reading (the IAM model's constraints) and nothing
// else; the rules live in lib/iam/mfa-devices.
import type { Caller } from "@/lib/authz/caller";
import { parseIamArn } from "@/lib/aws/arn";
import { stringList, type QueryAction, type QueryParams } from "@/lib/aws-query";
import { createVirtualMfaDevice, deactivateMfaDevice, deleteVirtualMfaDevice, enableMfaDevice, getMfaDevice, resyncMfaDevice } from "@/lib/iam/mfa-devices/devices";
import { listUserMfaDevices, listVirtualMfaDevices, type AssignmentStatus } from "@/lib/iam/mfa-devices/list";
import { listMfaDeviceTags, tagMfaDevice, untagMfaDevice } from "@/lib/iam/mfa-devices/tagging";
import { readEnum } from "./iam-account";
import { RULES, paging, readParams, readTags } from "./iam-roles";
import { NAME_MAX, NAME_PATTERN } from "@/lib/iam/name-rules";

type Value = string | number | boolean | undefined;
const str = (v: Value) => v as string;
const opt = (v: Value) => v as string | undefined;
const req = <T extends object>(rule: T) => ({ ...rule, required: true });
const pageInput = (p: { Marker: Value; MaxItems: Value }) => ({ marker: opt(p.Marker), maxItems: p.MaxItems as number | undefined });

/** The model's serialNumberType (a virtual device's ARN, or a hardware device's serial). */
const SERIAL = { min: 9, max: 256, pattern: "[\\w+=/:,.@-]+" };
/** existingUserNameType: 1–128 characters. */
const USER = RULES.longName;
const CODE = { min: 6, max: 6, pattern: "[\\d]+" };
const DEVICE_NAME = { min: 1, max: NAME_MAX.mfaDevice, pattern: NAME_PATTERN };

/**
 * A serial number after the model's constraints: a virtual device's is its ARN, read with the one ARN
 * parser (anything else that starts as an ARN is InvalidInput); a hardware serial passes as it is.
 */
function serialOf(value: Value): string {
  const serial = str(value);
  if (serial.startsWith("arn:")) parseIamArn(serial, ["mfa"]);
  return serial;
}

function readCodes(params: QueryParams) {
  const p = readParams(params, { UserName: req(USER), SerialNumber: req(SERIAL), AuthenticationCode1: req(CODE), AuthenticationCode2: req(CODE) });
  return { ...p, SerialNumber: serialOf(p.SerialNumber) };
}

export const iamMfaActions: Record<string, QueryAction<Caller>> = {
  async CreateVirtualMFADevice(params, caller) {
    const p = readParams(params, { Path: RULES.path, VirtualMFADeviceName: req(DEVICE_NAME) });
    return createVirtualMfaDevice(caller, { name: str(p.VirtualMFADeviceName), path: opt(p.Path), tags: readTags(params) });
  },
  async EnableMFADevice(params, caller) {
    const p = readCodes(params);
    await enableMfaDevice(caller, { userName: str(p.UserName), serialNumber: serialOf(p.SerialNumber), code1: str(p.AuthenticationCode1), code2: str(p.AuthenticationCode2) });
    return null;
  },
  async ResyncMFADevice(params, caller) {
    const p = readCodes(params);
    await resyncMfaDevice(caller, { userName: str(p.UserName), serialNumber: serialOf(p.SerialNumber), code1: str(p.AuthenticationCode1), code2: str(p.AuthenticationCode2) });
    return null;
  },
  async DeactivateMFADevice(params, caller) {
    const p = readParams(params, { UserName: USER, SerialNumber: req(SERIAL) });
    await deactivateMfaDevice(caller, { userName: opt(p.UserName), serialNumber: serialOf(p.SerialNumber) });
    return null;
  },
  async DeleteVirtualMFADevice(params, caller) {
    const p = readParams(params, { SerialNumber: req(SERIAL) });
    await deleteVirtualMfaDevice(caller, serialOf(p.SerialNumber));
    return null;
  },
  async GetMFADevice(params, caller) {
    const p = readParams(params, { SerialNumber: req(SERIAL), UserName: USER });
    return getMfaDevice(caller, { serialNumber: serialOf(p.SerialNumber), userName: opt(p.UserName) });
  },
  async ListMFADevices(params, caller) {
    const p = readParams(params, { UserName: USER, ...paging });
    return listUserMfaDevices(caller, { userName: opt(p.UserName), ...pageInput(p) });
  },
  async ListVirtualMFADevices(params, caller) {
    const p = readParams(params, paging);
    const status = params.get("AssignmentStatus") === undefined ? undefined : readEnum<AssignmentStatus>(params, "AssignmentStatus", ["Assigned", "Unassigned", "Any"]);
    return listVirtualMfaDevices(caller, { assignmentStatus: status, ...pageInput(p) });
  },
  async TagMFADevice(params, caller) {
    const p = readParams(params, { SerialNumber: req(SERIAL) });
    await tagMfaDevice(caller, serialOf(p.SerialNumber), readTags(params));
    return null;
  },
  async UntagMFADevice(params, caller) {
    const p = readParams(params, { SerialNumber: req(SERIAL) });
    await untagMfaDevice(caller, serialOf(p.SerialNumber), stringList(params, "TagKeys"));
    return null;
  },
  async ListMFADeviceTags(params, caller) {
    const p = readParams(params, { SerialNumber: req(SERIAL), ...paging });
    return listMfaDeviceTags(caller, serialOf(p.SerialNumber), pageInput(p));
  },
};

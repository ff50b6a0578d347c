// IAM Query actions for a user's other credentials: SSH public keys (CodeCommit) and service-specific
// credentials (CodeCommit HTTPS Git, Keyspaces, Bedrock/CloudWatch Logs API keys). Parameter reading
// with the IAM model's constraints and nothing else; the rules live in lib/iam/ssh-public-keys and
// lib/iam/service-specific-credentials.
import type { Caller } from "@/lib/authz/caller";
import type { QueryAction } from "@/lib/aws-query";
import * as creds from "@/lib/iam/service-specific-credentials/credentials";
import * as keys from "@/lib/iam/ssh-public-keys/keys";
import { readEnum } from "./iam-account";
import { RULES, pageInput, paging, readParams } from "./iam-roles";

type Value = string | number | boolean | undefined;
const str = (v: Value) => v as string;
const opt = (v: Value) => v as string | undefined;
const req = <T extends object>(rule: T) => ({ ...rule, required: true });

/** userNameType (1–64) for every user name these calls take. */
const USER = RULES.name;
/** publicKeyIdType and serviceSpecificCredentialId: 20–128 word characters. */
const KEY_ID = { min: 20, max: 128, pattern: "[\\w]+" };
/** publicKeyMaterialType. */
const KEY_BODY = { min: 1, max: 16384, pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+" };
const STATUS = { required: true };

export const iamUserCredentialActions: Record<string, QueryAction<Caller>> = {
  async UploadSSHPublicKey(params, caller) {
    const p = readParams(params, { UserName: req(USER), SSHPublicKeyBody: req(KEY_BODY) });
    return keys.uploadSshPublicKey(caller, { userName: str(p.UserName), body: str(p.SSHPublicKeyBody) });
  },
  async GetSSHPublicKey(params, caller) {
    const p = readParams(params, { UserName: req(USER), SSHPublicKeyId: req(KEY_ID) });
    const encoding = readEnum<keys.KeyEncoding>(params, "Encoding", ["SSH", "PEM"]);
    return keys.getSshPublicKey(caller, { userName: str(p.UserName), id: str(p.SSHPublicKeyId), encoding });
  },
  async ListSSHPublicKeys(params, caller) {
    const p = readParams(params, { UserName: USER, ...paging });
    return keys.listSshPublicKeys(caller, { userName: opt(p.UserName), ...pageInput(p) });
  },
  async UpdateSSHPublicKey(params, caller) {
    const p = readParams(params, { UserName: req(USER), SSHPublicKeyId: req(KEY_ID), Status: STATUS });
    await keys.updateSshPublicKey(caller, { userName: str(p.UserName), id: str(p.SSHPublicKeyId), status: str(p.Status) });
    return null;
  },
  async DeleteSSHPublicKey(params, caller) {
    const p = readParams(params, { UserName: req(USER), SSHPublicKeyId: req(KEY_ID) });
    await keys.deleteSshPublicKey(caller, { userName: str(p.UserName), id: str(p.SSHPublicKeyId) });
    return null;
  },

  async CreateServiceSpecificCredential(params, caller) {
    const p = readParams(params, { UserName: req(USER), ServiceName: { required: true }, CredentialAgeDays: { int: { min: 1, max: 36600 } } });
    return creds.createServiceSpecificCredential(caller, {
      userName: str(p.UserName),
      serviceName: str(p.ServiceName),
      credentialAgeDays: p.CredentialAgeDays as number | undefined,
    });
  },
  async ListServiceSpecificCredentials(params, caller) {
    const p = readParams(params, { UserName: USER, ServiceName: {}, AllUsers: { bool: true }, ...paging });
    return creds.listServiceSpecificCredentials(caller, {
      userName: opt(p.UserName),
      serviceName: opt(p.ServiceName),
      allUsers: p.AllUsers as boolean | undefined,
      ...pageInput(p),
    });
  },
  async ResetServiceSpecificCredential(params, caller) {
    const p = readParams(params, { UserName: USER, ServiceSpecificCredentialId: req(KEY_ID) });
    return creds.resetServiceSpecificCredential(caller, { userName: opt(p.UserName), id: str(p.ServiceSpecificCredentialId) });
  },
  async UpdateServiceSpecificCredential(params, caller) {
    const p = readParams(params, { UserName: USER, ServiceSpecificCredentialId: req(KEY_ID), Status: STATUS });
    await creds.updateServiceSpecificCredential(caller, { userName: opt(p.UserName), id: str(p.ServiceSpecificCredentialId), status: str(p.Status) });
    return null;
  },
  async DeleteServiceSpecificCredential(params, caller) {
    const p = readParams(params, { UserName: USER, ServiceSpecificCredentialId: req(KEY_ID) });
    await creds.deleteServiceSpecificCredential(caller, { userName: opt(p.UserName), id: str(p.ServiceSpecificCredentialId) });
    return null;
  },
};

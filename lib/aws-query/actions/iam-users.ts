// IAM Query actions for users and what hangs off them: users, attached and inline user policies,
// group membership and access keys. Domain work is in lib/iam; this file maps wire parameters.
import type { Caller } from "@/lib/authz/caller";
import { ParamReader, encodePolicyDocument, type QueryAction, type QueryParams } from "@/lib/aws-query";
import { createUser, deleteUserApi, getUser, listUsers } from "@/lib/iam/users";
import { attachUserPolicy, detachUserPolicy, listAttachedUserPolicies } from "@/lib/iam/user-policies";
import { deleteUserPolicy, getUserPolicy, listUserPolicies, putUserPolicy } from "@/lib/iam/user-inline-policies";
import { addUserToGroup } from "@/lib/iam/groups";
import { createAccessKey, deleteAccessKey, listAccessKeys } from "@/lib/iam/access-keys";

const NAME = { min: 1, max: 64, pattern: "[\\w+=,.@-]+" };
const POLICY_NAME = { min: 1, max: 128, pattern: "[\\w+=,.@-]+" };
const ARN = { min: 20, max: 2048 };
const PATH_PREFIX = { min: 1, max: 512, pattern: "\\u002F[\\u0021-\\u007F]*" };

/** Reads the named parameters with their rules and throws every violation at once. */
function read<K extends string>(params: QueryParams, rules: Record<K, { required?: boolean; min?: number; max?: number; pattern?: string }>) {
  const r = new ParamReader(params);
  const out = {} as Record<K, string | undefined>;
  for (const name of Object.keys(rules) as K[]) out[name] = r.string(name, rules[name]);
  r.finish();
  return out;
}

const req = <T extends object>(rule: T) => ({ ...rule, required: true });

/** List calls answer in one page: the sandbox's lists are small, so there is never a Marker. */
const onePage = <T extends object>(result: T) => ({ ...result, IsTruncated: false });

export const iamUserActions: Record<string, QueryAction<Caller>> = {
  async CreateUser(params, caller) {
    const p = read(params, { UserName: req(NAME), Path: { min: 1, max: 512 } });
    return createUser(caller, { userName: p.UserName as string, path: p.Path });
  },
  async GetUser(params, caller) {
    const p = read(params, { UserName: NAME });
    return getUser(caller, p.UserName);
  },
  async ListUsers(params, caller) {
    const p = read(params, { PathPrefix: PATH_PREFIX, Marker: {} });
    return onePage(await listUsers(caller, { pathPrefix: p.PathPrefix }));
  },
  async DeleteUser(params, caller) {
    const p = read(params, { UserName: req(NAME) });
    await deleteUserApi(caller, p.UserName as string);
    return null;
  },
  async AttachUserPolicy(params, caller) {
    const p = read(params, { UserName: req(NAME), PolicyArn: req(ARN) });
    await attachUserPolicy(caller, p.UserName as string, p.PolicyArn as string);
    return null;
  },
  async DetachUserPolicy(params, caller) {
    const p = read(params, { UserName: req(NAME), PolicyArn: req(ARN) });
    await detachUserPolicy(caller, p.UserName as string, p.PolicyArn as string);
    return null;
  },
  async ListAttachedUserPolicies(params, caller) {
    const p = read(params, { UserName: req(NAME), PathPrefix: PATH_PREFIX });
    return onePage(await listAttachedUserPolicies(caller, p.UserName as string));
  },
  async PutUserPolicy(params, caller) {
    const p = read(params, { UserName: req(NAME), PolicyName: req(POLICY_NAME), PolicyDocument: req({ min: 1, max: 131072 }) });
    await putUserPolicy(caller, { userName: p.UserName as string, policyName: p.PolicyName as string, policyDocument: p.PolicyDocument as string });
    return null;
  },
  async GetUserPolicy(params, caller) {
    const p = read(params, { UserName: req(NAME), PolicyName: req(POLICY_NAME) });
    const result = await getUserPolicy(caller, { userName: p.UserName as string, policyName: p.PolicyName as string });
    return { ...result, PolicyDocument: encodePolicyDocument(result.PolicyDocument) };
  },
  async DeleteUserPolicy(params, caller) {
    const p = read(params, { UserName: req(NAME), PolicyName: req(POLICY_NAME) });
    await deleteUserPolicy(caller, { userName: p.UserName as string, policyName: p.PolicyName as string });
    return null;
  },
  async ListUserPolicies(params, caller) {
    const p = read(params, { UserName: req(NAME) });
    return onePage(await listUserPolicies(caller, p.UserName as string));
  },
  async AddUserToGroup(params, caller) {
    const p = read(params, { GroupName: req({ min: 1, max: 128, pattern: "[\\w+=,.@-]+" }), UserName: req(NAME) });
    await addUserToGroup(caller, p.GroupName as string, p.UserName as string);
    return null;
  },
  async CreateAccessKey(params, caller) {
    const p = read(params, { UserName: NAME });
    return createAccessKey(caller, p.UserName);
  },
  async ListAccessKeys(params, caller) {
    const p = read(params, { UserName: NAME });
    return onePage(await listAccessKeys(caller, p.UserName));
  },
  async DeleteAccessKey(params, caller) {
    const p = read(params, { UserName: NAME, AccessKeyId: req({ min: 16, max: 128, pattern: "[\\w]+" }) });
    await deleteAccessKey(caller, { userName: p.UserName, accessKeyId: p.AccessKeyId as string });
    return null;
  },
};

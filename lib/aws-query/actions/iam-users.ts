// IAM Query actions for users and what hangs off them: users, attached and inline user policies,
// access keys (group membership is in iam-groups). Domain work is in lib/iam; this file maps wire parameters.
import type { Caller } from "@/lib/authz/caller";
import { encodePolicyDocument, stringList, type QueryAction } from "@/lib/aws-query";
import { createUser, deleteUserApi, getRootUser, getUser, listUsers } from "@/lib/iam/users/crud";
import { deleteUserPermissionsBoundary, putUserPermissionsBoundary, updateUser } from "@/lib/iam/users/update";
import { listUserTags, tagUser, untagUser } from "@/lib/iam/users/tagging";
import { attachUserPolicy, detachUserPolicy, listAttachedUserPolicies } from "@/lib/iam/users/attached";
import { deleteUserPolicy, getUserPolicy, listUserPolicies, putUserPolicy } from "@/lib/iam/users/inline";
import { createAccessKey, deleteAccessKey, listAccessKeys } from "@/lib/iam/access-keys/keys";
import { RULES, pageInput, paging, readParams, readTags } from "./iam-roles";

type Value = string | number | boolean | undefined;
const NAME = RULES.name;
const POLICY_NAME = RULES.longName;
const req = <T extends object>(rule: T) => ({ ...rule, required: true });
const str = (v: Value) => v as string;
const opt = (v: Value) => v as string | undefined;

export const iamUserActions: Record<string, QueryAction<Caller>> = {
  async CreateUser(params, caller) {
    const p = readParams(params, { UserName: req(NAME), Path: { min: 1, max: 512 }, PermissionsBoundary: RULES.policyArn });
    return createUser(caller, { userName: str(p.UserName), path: opt(p.Path), permissionsBoundary: opt(p.PermissionsBoundary), tags: readTags(params) });
  },
  async UpdateUser(params, caller) {
    const p = readParams(params, { UserName: req(RULES.existingUserName), NewUserName: NAME, NewPath: RULES.path });
    await updateUser(caller, { userName: str(p.UserName), newUserName: opt(p.NewUserName), newPath: opt(p.NewPath) });
    return null;
  },
  async TagUser(params, caller) {
    const p = readParams(params, { UserName: req(RULES.existingUserName) });
    await tagUser(caller, str(p.UserName), readTags(params));
    return null;
  },
  async UntagUser(params, caller) {
    const p = readParams(params, { UserName: req(RULES.existingUserName) });
    await untagUser(caller, str(p.UserName), stringList(params, "TagKeys"));
    return null;
  },
  async ListUserTags(params, caller) {
    const p = readParams(params, { UserName: req(RULES.existingUserName), ...paging });
    return listUserTags(caller, str(p.UserName), pageInput(p));
  },
  async PutUserPermissionsBoundary(params, caller) {
    const p = readParams(params, { UserName: req(NAME), PermissionsBoundary: req(RULES.policyArn) });
    await putUserPermissionsBoundary(caller, str(p.UserName), str(p.PermissionsBoundary));
    return null;
  },
  async DeleteUserPermissionsBoundary(params, caller) {
    const p = readParams(params, { UserName: req(NAME) });
    await deleteUserPermissionsBoundary(caller, str(p.UserName));
    return null;
  },
  async GetUser(params, caller) {
    const p = readParams(params, { UserName: NAME });
    if (p.UserName === undefined && caller.kind === "root") return getRootUser(caller);
    return getUser(caller, opt(p.UserName));
  },
  async ListUsers(params, caller) {
    const p = readParams(params, { PathPrefix: RULES.pathPrefix, ...paging });
    return listUsers(caller, { pathPrefix: opt(p.PathPrefix), ...pageInput(p) });
  },
  async DeleteUser(params, caller) {
    const p = readParams(params, { UserName: req(NAME) });
    await deleteUserApi(caller, str(p.UserName));
    return null;
  },
  async AttachUserPolicy(params, caller) {
    const p = readParams(params, { UserName: req(NAME), PolicyArn: req(RULES.policyArn) });
    await attachUserPolicy(caller, str(p.UserName), str(p.PolicyArn));
    return null;
  },
  async DetachUserPolicy(params, caller) {
    const p = readParams(params, { UserName: req(NAME), PolicyArn: req(RULES.policyArn) });
    await detachUserPolicy(caller, str(p.UserName), str(p.PolicyArn));
    return null;
  },
  async ListAttachedUserPolicies(params, caller) {
    const p = readParams(params, { UserName: req(NAME), PathPrefix: RULES.policyPathPrefix, ...paging });
    return listAttachedUserPolicies(caller, str(p.UserName), { pathPrefix: opt(p.PathPrefix), ...pageInput(p) });
  },
  async PutUserPolicy(params, caller) {
    const p = readParams(params, { UserName: req(NAME), PolicyName: req(POLICY_NAME), PolicyDocument: req({ min: 1, max: 131072 }) });
    await putUserPolicy(caller, { userName: str(p.UserName), policyName: str(p.PolicyName), policyDocument: str(p.PolicyDocument) });
    return null;
  },
  async GetUserPolicy(params, caller) {
    const p = readParams(params, { UserName: req(NAME), PolicyName: req(POLICY_NAME) });
    const result = await getUserPolicy(caller, { userName: str(p.UserName), policyName: str(p.PolicyName) });
    return { ...result, PolicyDocument: encodePolicyDocument(result.PolicyDocument) };
  },
  async DeleteUserPolicy(params, caller) {
    const p = readParams(params, { UserName: req(NAME), PolicyName: req(POLICY_NAME) });
    await deleteUserPolicy(caller, { userName: str(p.UserName), policyName: str(p.PolicyName) });
    return null;
  },
  async ListUserPolicies(params, caller) {
    const p = readParams(params, { UserName: req(NAME), ...paging });
    return listUserPolicies(caller, str(p.UserName), pageInput(p));
  },
  async CreateAccessKey(params, caller) {
    const p = readParams(params, { UserName: NAME });
    return createAccessKey(caller, opt(p.UserName));
  },
  async ListAccessKeys(params, caller) {
    const p = readParams(params, { UserName: NAME, ...paging });
    return listAccessKeys(caller, opt(p.UserName), pageInput(p));
  },
  async DeleteAccessKey(params, caller) {
    const p = readParams(params, { UserName: NAME, AccessKeyId: req({ min: 16, max: 128, pattern: "[\\w]+" }) });
    await deleteAccessKey(caller, { userName: opt(p.UserName), accessKeyId: str(p.AccessKeyId) });
    return null;
  },
};

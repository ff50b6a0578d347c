// IAM Query actions for groups: the group, its members and its attached and inline policies.
// Parameter constraints are the IAM model's (@aws-sdk/client-iam); the rules live in lib/iam/groups.
import type { Caller } from "@/lib/authz/caller";
import { encodePolicyDocument, type QueryAction } from "@/lib/aws-query";
import * as groups from "@/lib/iam/groups";
import { RULES, pageInput, paging, readParams } from "./iam-roles";

type Value = string | number | boolean | undefined;
const GROUP = RULES.longName;
const req = <T extends object>(rule: T) => ({ ...rule, required: true });
const str = (v: Value) => v as string;
const opt = (v: Value) => v as string | undefined;

export const iamGroupActions: Record<string, QueryAction<Caller>> = {
  async CreateGroup(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), Path: RULES.path });
    return groups.createGroup(caller, { groupName: str(p.GroupName), path: opt(p.Path) });
  },
  async GetGroup(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), ...paging });
    return groups.getGroup(caller, str(p.GroupName), pageInput(p));
  },
  async ListGroups(params, caller) {
    const p = readParams(params, { PathPrefix: RULES.pathPrefix, ...paging });
    return groups.listGroups(caller, { pathPrefix: opt(p.PathPrefix), ...pageInput(p) });
  },
  async UpdateGroup(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), NewGroupName: GROUP, NewPath: RULES.path });
    await groups.updateGroup(caller, { groupName: str(p.GroupName), newGroupName: opt(p.NewGroupName), newPath: opt(p.NewPath) });
    return null;
  },
  async DeleteGroup(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP) });
    await groups.deleteGroup(caller, str(p.GroupName));
    return null;
  },
  async AddUserToGroup(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), UserName: req(RULES.existingUserName) });
    await groups.addUserToGroup(caller, str(p.GroupName), str(p.UserName));
    return null;
  },
  async RemoveUserFromGroup(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), UserName: req(RULES.existingUserName) });
    await groups.removeUserFromGroup(caller, str(p.GroupName), str(p.UserName));
    return null;
  },
  async ListGroupsForUser(params, caller) {
    const p = readParams(params, { UserName: req(RULES.existingUserName), ...paging });
    return groups.listGroupsForUser(caller, str(p.UserName), pageInput(p));
  },
  async AttachGroupPolicy(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), PolicyArn: req(RULES.policyArn) });
    await groups.attachGroupPolicy(caller, str(p.GroupName), str(p.PolicyArn));
    return null;
  },
  async DetachGroupPolicy(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), PolicyArn: req(RULES.policyArn) });
    await groups.detachGroupPolicy(caller, str(p.GroupName), str(p.PolicyArn));
    return null;
  },
  async ListAttachedGroupPolicies(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), PathPrefix: RULES.policyPathPrefix, ...paging });
    return groups.listAttachedGroupPolicies(caller, str(p.GroupName), { pathPrefix: opt(p.PathPrefix), ...pageInput(p) });
  },
  async PutGroupPolicy(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), PolicyName: req(RULES.longName), PolicyDocument: req(RULES.document) });
    await groups.putGroupPolicy(caller, { groupName: str(p.GroupName), policyName: str(p.PolicyName), policyDocument: str(p.PolicyDocument) });
    return null;
  },
  async GetGroupPolicy(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), PolicyName: req(RULES.longName) });
    const out = await groups.getGroupPolicy(caller, { groupName: str(p.GroupName), policyName: str(p.PolicyName) });
    return { ...out, PolicyDocument: encodePolicyDocument(out.PolicyDocument) };
  },
  async DeleteGroupPolicy(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), PolicyName: req(RULES.longName) });
    await groups.deleteGroupPolicy(caller, { groupName: str(p.GroupName), policyName: str(p.PolicyName) });
    return null;
  },
  async ListGroupPolicies(params, caller) {
    const p = readParams(params, { GroupName: req(GROUP), ...paging });
    return groups.listGroupPolicies(caller, str(p.GroupName), pageInput(p));
  },
};

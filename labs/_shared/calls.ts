// Builders for the IAM/STS calls the labs' setups and actors repeat (as ./policy.ts is for
// documents), so a setup reads as the list of things it does. Each returns a plain WireCall with the
// wire's own parameter names, in the order the calls send them.
import type { AccountKey, PrincipalRef, Template, WireCall } from "@/lib/labs/types";

type Params = Record<string, Template>;

/** A sandbox account's admin user: who makes most setup calls. */
export const admin = (account: AccountKey) => ({ user: "admin", account });

/** Any IAM call, for actions with no builder of their own (ListRoles…). */
export function iamCall(as: PrincipalRef, action: string, params?: Params): WireCall {
  return { as, service: "iam", action, ...(params ? { params } : {}) };
}

export const createUser = (as: PrincipalRef, userName: string): WireCall => iamCall(as, "CreateUser", { UserName: userName });

/** CreateRole with its trust policy; `more` adds Description, MaxSessionDuration… */
export const createRole = (as: PrincipalRef, roleName: string, trustPolicy: string, more: Params = {}): WireCall =>
  iamCall(as, "CreateRole", { RoleName: roleName, AssumeRolePolicyDocument: trustPolicy, ...more });

export const putUserPolicy = (as: PrincipalRef, userName: string, policyName: string, document: string): WireCall =>
  iamCall(as, "PutUserPolicy", { UserName: userName, PolicyName: policyName, PolicyDocument: document });

export const putRolePolicy = (as: PrincipalRef, roleName: string, policyName: string, document: string): WireCall =>
  iamCall(as, "PutRolePolicy", { RoleName: roleName, PolicyName: policyName, PolicyDocument: document });

export const attachRolePolicy = (as: PrincipalRef, roleName: string, policyArn: string): WireCall =>
  iamCall(as, "AttachRolePolicy", { RoleName: roleName, PolicyArn: policyArn });

/** sts:AssumeRole; `saveSessionAs` names the session so later calls can act `as: { session }`. */
export function assumeRole(as: PrincipalRef, roleArn: string, sessionName: string, more: Params = {}, saveSessionAs?: string): WireCall {
  return { as, service: "sts", action: "AssumeRole", params: { RoleArn: roleArn, RoleSessionName: sessionName, ...more }, ...(saveSessionAs ? { saveSessionAs } : {}) };
}

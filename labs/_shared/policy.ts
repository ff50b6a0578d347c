// Small builders for the policy documents the labs repeat (trust policies, one-statement
// permissions), so each lab file reads as data. Every builder returns compact JSON: it goes into wire
// parameters as is and into CLI solution lines inside single quotes (JSON holds none).

type Statement = Record<string, unknown>;

export const IAM_VERSION = "2012-10-17";

/** A policy document of the given statements. */
export function policyDoc(...statements: Statement[]): string {
  return JSON.stringify({ Version: IAM_VERSION, Statement: statements });
}

/** One Allow statement for actions on resources (identity-based). */
export function allow(action: string | string[], resource: string | string[], condition?: Statement): string {
  return policyDoc({ Effect: "Allow", Action: action, Resource: resource, ...(condition ? { Condition: condition } : {}) });
}

/** A trust policy letting AWS principals (account roots, users, roles) call sts:AssumeRole. */
export function trustAws(principal: string | string[], condition?: Statement): string {
  return policyDoc({ Effect: "Allow", Principal: { AWS: principal }, Action: "sts:AssumeRole", ...(condition ? { Condition: condition } : {}) });
}

/** A trust policy for an AWS service principal (ec2.amazonaws.com…). */
export function trustService(service: string): string {
  return policyDoc({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" });
}

/** A trust policy for a federated principal (an OIDC or SAML provider ARN). */
export function trustFederated(providerArn: string, action: "sts:AssumeRoleWithWebIdentity" | "sts:AssumeRoleWithSAML", condition: Statement): string {
  return policyDoc({ Effect: "Allow", Principal: { Federated: providerArn }, Action: action, Condition: condition });
}

/** An AWS managed policy's ARN. */
export const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;

/** A role's ARN in a sandbox account, by placeholder. */
export const roleArn = (account: string, name: string) => `arn:aws:iam::{{acct.${account}}}:role/${name}`;

/** A customer managed policy's ARN in a sandbox account, by placeholder. */
export const policyArn = (account: string, name: string) => `arn:aws:iam::{{acct.${account}}}:policy/${name}`;

/** Wraps a JSON document for a CLI line: the shell reads it as one literal argument. */
export const q = (json: string) => `'${json}'`;

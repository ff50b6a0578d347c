// IAM ARN parameters on the wire: the model's `arnType` length (a Coral violation like any other),
// then — once every model constraint of the request holds — the one ARN parser (lib/aws/arn.ts),
// still before the action authorizes or looks anything up.
import type { ParamReader } from "@/lib/aws-query";
import { parseIamArn, type IamArnKind } from "@/lib/aws/arn";

/** The IAM/STS models' `arnType`. */
export const ARN_LENGTH = { min: 20, max: 2048 } as const;

export interface ArnRule {
  arn: readonly IamArnKind[];
  required?: boolean;
}

export function readArn(r: ParamReader, name: string, kinds: readonly IamArnKind[], rule: { required?: boolean } = {}): string | undefined {
  const value = r.string(name, { ...ARN_LENGTH, required: rule.required });
  if (value !== undefined) r.afterModel(() => parseIamArn(value, kinds));
  return value;
}

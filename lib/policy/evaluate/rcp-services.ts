// Resource control policies apply only to the services AWS has enabled for them
// (docs: "List of AWS services that support RCPs"); requests to any other service ignore RCPs.
const RCP_SERVICES = new Set([
  "s3",
  "sts",
  "kms",
  "sqs",
  "secretsmanager",
  "ecr",
  "aoss",
  "cognito-identity",
  "dynamodb",
  "logs",
]);

export function rcpApplies(action: string): boolean {
  const colon = action.indexOf(":");
  return colon > 0 && RCP_SERVICES.has(action.slice(0, colon).toLowerCase());
}

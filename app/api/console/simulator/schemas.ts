// Input shapes of the simulator's console routes, with AWS's limits where the simulator APIs state
// them (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html:
// policy documents up to 131,072 characters, ContextKeyName 5-256, ContextKeyType's 12 values,
// ResourceArns up to 2,048 characters each) and the page's own bounds elsewhere [INF].
import { z } from "zod";

const ZArn = z.string().min(1).max(2048);
export const ZSourceArn = z.string().min(20).max(2048).regex(/^arn:aws[\w-]*:iam::\d{12}:(user|group|role)\//, "must be the ARN of a user, group or role");
export const ZAction = z.string().min(3).max(128).regex(/^[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+$/, "must be service:Action");
const ZDocument = z.string().min(1).max(131072);

export const ZPolicyInput = z
  .object({
    id: z.string().min(1).max(2200),
    name: z.string().min(1).max(256),
    type: z.enum(["identity", "boundary"]),
    document: ZDocument,
  })
  .strict();

export const ZItems = z.array(z.object({ action: ZAction, resources: z.array(ZArn).max(100) }).strict()).min(1).max(1000);

const ZContextEntry = z
  .object({
    ContextKeyName: z.string().min(5).max(256),
    ContextKeyValues: z.array(z.string().max(2048)).max(100),
    ContextKeyType: z.enum(["string", "stringList", "numeric", "numericList", "boolean", "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList"]),
  })
  .strict();

export const ZRunInput = z
  .object({
    source: ZSourceArn.optional(),
    policies: z.array(ZPolicyInput).max(60),
    items: ZItems,
    resourcePolicy: ZDocument.optional(),
    resourceOwner: z.string().min(12).max(2048).optional(),
    // An IAM user's ARN (checked in lib/iam/simulate/input.ts with AWS's message).
    callerArn: z.string().min(20).max(2048).optional(),
    context: z.array(ZContextEntry).max(100).default([]),
    includeScps: z.boolean().optional(),
  })
  .strict();

export const ZContextKeysInput = z
  .object({
    source: ZSourceArn.optional(),
    policies: z.array(ZPolicyInput.pick({ type: true, document: true })).max(60),
    items: z.array(z.object({ action: ZAction, resources: z.array(ZArn).max(100) }).strict()).max(1000).default([]),
  })
  .strict();

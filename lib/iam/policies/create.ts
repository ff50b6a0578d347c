// CreatePolicy: a customer managed policy with its v1 default version.
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { checkName, checkPath, iamArn } from "../names";
import { QUOTAS, quotaMessage } from "../quotas";
import { checkDescription, parseOrThrow } from "../roles/validate";
import { applyTags, requestTagContext, validateTags, type Tag } from "../tags";
import { policyShape, type PolicyShape } from "./shape";
import { uniqueOr } from "../roles/unique";
import { serverNow } from "@/lib/server-now";

export interface CreatePolicyInput {
  policyName: string;
  policyDocument: string;
  path?: string;
  description?: string;
  tags?: Tag[];
}

export async function createPolicy(caller: Caller, input: CreatePolicyInput): Promise<{ Policy: PolicyShape }> {
  const path = input.path ?? "/";
  const tags = input.tags ?? [];
  checkName("policyName", input.policyName, 128);
  checkPath(path);
  checkDescription(input.description);
  validateTags(tags);
  const arn = iamArn(caller.accountId, "policy", path, input.policyName);
  const context = tags.length ? requestTagContext(tags) : {};
  await authorize(caller, "iam:CreatePolicy", arn, { context });
  if (tags.length) await authorize(caller, "iam:TagPolicy", arn, { context });
  parseOrThrow(input.policyDocument, "identity", { maxSize: QUOTAS.managedPolicySize, managed: true });

  const policy = await uniqueOr(db.$transaction(async (tx) => {
    await lockQuota(tx, `account:${caller.accountId}:policies`);
    const nameLower = input.policyName.toLowerCase();
    if (await tx.managedPolicy.findUnique({ where: { accountId_nameLower: { accountId: caller.accountId, nameLower } } })) {
      throw new AwsError("EntityAlreadyExists", `A policy called ${input.policyName} already exists. Duplicate names are not allowed.`);
    }
    const limit = QUOTAS.policiesPerAccount;
    if ((await tx.managedPolicy.count({ where: { accountId: caller.accountId } })) >= limit) {
      throw new AwsError("LimitExceeded", quotaMessage("PoliciesPerAccount", limit));
    }
    const now = serverNow();
    const created = await tx.managedPolicy.create({
      data: {
        id: newId("ANPA"),
        arn,
        accountId: caller.accountId,
        name: input.policyName,
        nameLower,
        path,
        description: input.description ?? "",
        defaultVersionId: "v1",
        createdAt: now,
        updatedAt: now,
        versions: { create: { versionId: "v1", document: input.policyDocument, isDefault: true, createdAt: now } },
      },
    });
    await applyTags(tx, "policy", created.id, tags, "TagsPerPolicy");
    return created;
  }), () => new AwsError("EntityAlreadyExists", `A policy called ${input.policyName} already exists. Duplicate names are not allowed.`));
  return { Policy: policyShape(policy, { attachments: 0, boundaries: 0 }, tags) };
}

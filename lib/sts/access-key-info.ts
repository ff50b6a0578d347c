// GetAccessKeyInfo: the account that owns an access key id, long-term (AKIA…) or temporary (ASIA…).
// AWS needs no permission for it and answers whoever owns the key, so there is no authorize() step:
// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html
import { AwsError } from "@/lib/errors";
import { findAccessKeyWithUser } from "@/lib/data/access-keys";
import { sessionOwner } from "@/lib/data/sessions";
import { sameSandbox } from "@/lib/sandbox/scope";

/** `callerAccountId`: another sandbox's key (training spec §6) is answered as a key that does not exist. */
export async function getAccessKeyInfo(accessKeyId: string, callerAccountId: string): Promise<{ Account: string }> {
  // Inactive and expired keys still belong to their account ("does not indicate the state of the key").
  const owner = accessKeyId.startsWith("ASIA") ? await sessionOwner(accessKeyId) : await findAccessKeyWithUser(accessKeyId);
  // [INF] AWS: "Providing a deleted access key might return an error that the key doesn't exist."
  if (!owner || !(await sameSandbox(callerAccountId, owner.accountId))) throw new AwsError("InvalidParameterValue", `The access key ID '${accessKeyId}' does not exist.`);
  return { Account: owner.accountId };
}

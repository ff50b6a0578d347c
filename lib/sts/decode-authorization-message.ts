// sts:DecodeAuthorizationMessage: the details of a denial, from an encoded authorization failure
// message this API sealed (lib/authz/encoded-message.ts), for a caller allowed to read them.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { openAuthorizationMessage } from "@/lib/authz/encoded-message";
import { AwsError } from "@/lib/errors";

/** [INF] AWS's wording is not documented; the SDK model describes the error as "the message passed
 *  to DecodeAuthorizationMessage was invalid" (garbage, altered, expired). */
export const INVALID_AUTHORIZATION_MESSAGE = "Message is not valid";

export async function decodeAuthorizationMessage(caller: Caller, encodedMessage: string, now?: Date): Promise<{ DecodedMessage: string }> {
  // The permission first: a caller without it learns nothing, not even whether the message is good.
  await authorize(caller, "sts:DecodeAuthorizationMessage", "*", { now });
  const decoded = openAuthorizationMessage(encodedMessage, caller.accountId);
  if (decoded === null) throw new AwsError("InvalidAuthorizationMessageException", INVALID_AUTHORIZATION_MESSAGE);
  return { DecodedMessage: decoded };
}

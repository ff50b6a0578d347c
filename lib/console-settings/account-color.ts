// The account colour (AWS User Experience Customization, uxc): one colour per account, shown in the
// navigation bar for everyone signed in to the account. Reading it for the navigation bar asks for no
// permission (as the account alias); the Account settings page reads it with uxc:GetAccountCustomizations
// and changes it with uxc:UpdateAccountCustomizations, each authorized before anything is read.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html
// AWS: https://docs.aws.amazon.com/service-authorization/latest/reference/list_uxc.html
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { isAccountColor, type AccountColor } from "./account-colors";

export { ACCOUNT_COLORS, isAccountColor, type AccountColor } from "./account-colors";

/** The account's colour for the navigation bar: everyone in the account sees it, no permission asked. */
export async function accountColorOf(accountId: string): Promise<AccountColor> {
  const row = await db.accountCustomization.findUnique({ where: { accountId }, select: { accountColor: true } });
  return isAccountColor(row?.accountColor) ? row.accountColor : "none";
}

/** GetAccountCustomizations (the colour part), for the Account settings page. */
export async function getAccountCustomizations(caller: Caller): Promise<{ accountColor: AccountColor }> {
  await authorize(caller, "uxc:GetAccountCustomizations", "*");
  return { accountColor: await accountColorOf(caller.accountId) };
}

/** UpdateAccountCustomizations with an accountColor: idempotent; `none` removes the colour. */
export async function updateAccountColor(caller: Caller, accountColor: AccountColor): Promise<{ accountColor: AccountColor }> {
  await authorize(caller, "uxc:UpdateAccountCustomizations", "*");
  await db.accountCustomization.upsert({ where: { accountId: caller.accountId }, create: { accountId: caller.accountId, accountColor }, update: { accountColor } });
  return { accountColor };
}

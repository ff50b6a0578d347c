// The account colour (AWS User Experience Customization, uxc): one colour per account, shown in the
// navigation bar for everyone signed in to the account. Reading it for the navigation bar asks for no
// permission (as the account alias); the Account settings page reads it with uxc:GetAccountCustomizations
// and changes it with uxc:UpdateAccountCustomizations, each authorized before anything is read.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html
// AWS: https://docs.aws.amazon.com/service-authorization/latest/reference/list_uxc.html
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";

/** AWS's valid values, in its order; `none` is the default (no colour). */
export const ACCOUNT_COLORS = ["none", "pink", "purple", "darkBlue", "lightBlue", "teal", "green", "yellow", "orange", "red"] as const;
export type AccountColor = (typeof ACCOUNT_COLORS)[number];

export const ACCOUNT_COLOR_LABELS: Record<AccountColor, string> = {
  none: "None",
  pink: "Pink",
  purple: "Purple",
  darkBlue: "Dark blue",
  lightBlue: "Light blue",
  teal: "Teal",
  green: "Green",
  yellow: "Yellow",
  orange: "Orange",
  red: "Red",
};

/** The swatch drawn in the navigation bar [INF: AWS publishes the names, not the shades]. */
export const ACCOUNT_COLOR_HEX: Record<Exclude<AccountColor, "none">, string> = {
  pink: "#f49ac1",
  purple: "#b088f9",
  darkBlue: "#2a5bd7",
  lightBlue: "#7cc4f4",
  teal: "#2ec4b6",
  green: "#5cb85c",
  yellow: "#f5d547",
  orange: "#f89c47",
  red: "#e0474c",
};

export function isAccountColor(value: unknown): value is AccountColor {
  return typeof value === "string" && (ACCOUNT_COLORS as readonly string[]).includes(value);
}

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

// The Account settings page's "Account color": the account's colour in the navigation bar (AWS User
// Experience Customization). GET reads it (uxc:GetAccountCustomizations), PATCH sets it
// (uxc:UpdateAccountCustomizations, PATCH /v1/account-customizations on AWS).
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { ACCOUNT_COLORS, getAccountCustomizations, updateAccountColor } from "@/lib/console-settings/account-color";

export const GET = withConsoleApi({
  action: "uxc:GetAccountCustomizations",
  resource: () => "*",
  handler: ({ caller }) => getAccountCustomizations(caller),
});

export const PATCH = withConsoleApi({
  action: "uxc:UpdateAccountCustomizations",
  body: z.object({ accountColor: z.enum(ACCOUNT_COLORS) }).strict(),
  resource: () => "*",
  handler: ({ caller, body }) => updateAccountColor(caller, body.accountColor),
});

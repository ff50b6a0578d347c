import "server-only";
// The account alias the console chrome and dashboard show beside the account id. The console shows
// the signed-in (or switched-to) account's own alias to whoever is in it, as AWS's navigation bar does,
// so no IAM permission is asked for; pages reach the database only through lib functions like this.
import { db } from "@/lib/db";

export async function accountAlias(accountId: string): Promise<string | null> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: { alias: true } });
  return account?.alias ?? null;
}

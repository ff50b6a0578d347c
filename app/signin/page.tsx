import { redirect } from "next/navigation";
import { getCaller } from "@/lib/auth/get-caller";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { SignInForm } from "@/components/signin/sign-in-form";

export const dynamic = "force-dynamic";

/** The dashboard's sign-in URL names the account (an ID or an alias); anything else is ignored. */
function accountHint(value: string | string[] | undefined): string {
  return typeof value === "string" && /^(\d{12}|[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9])$/.test(value) ? value : "";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; account?: string | string[] }> }) {
  if (await getCaller()) redirect("/iam");
  const { callbackUrl, account } = await searchParams;
  // Only same-origin paths: an open redirect after sign-in would be a phishing aid.
  return (
    <main className="flex min-h-screen items-start justify-center bg-aws-bg px-4 pt-16">
      <SignInForm callbackUrl={safeRedirectPath(callbackUrl)} account={accountHint(account)} />
    </main>
  );
}

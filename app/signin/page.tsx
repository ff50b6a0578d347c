import { redirect } from "next/navigation";
import Link from "next/link";
import { getCaller } from "@/lib/auth/get-caller";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { readMultiSession } from "@/lib/auth/multi-session-cookies";
import { MAX_SESSIONS, SESSION_LIMIT_MESSAGE } from "@/lib/auth/multi-session";
import { SignInForm } from "@/components/signin/sign-in-form";

export const dynamic = "force-dynamic";

/** The dashboard's sign-in URL names the account (an ID or an alias); anything else is ignored. */
function accountHint(value: string | string[] | undefined): string {
  return typeof value === "string" && /^(\d{12}|[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9])$/.test(value) ? value : "";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; account?: string | string[]; addSession?: string | string[] }>;
}) {
  const { callbackUrl, account, addSession } = await searchParams;
  const multi = await readMultiSession();
  // "Add session" (multi-session only) signs in another identity while this one stays signed in.
  const adding = multi.enabled && addSession === "1";
  if (!adding && (await getCaller())) redirect("/iam");
  if (adding && multi.sessions.length >= MAX_SESSIONS) {
    return (
      <main className="flex min-h-screen items-start justify-center bg-aws-bg px-4 pt-16">
        <div className="w-full max-w-md rounded-2xl bg-white p-6 shadow">
          <h1 className="mb-3 text-xl font-bold">Add session</h1>
          <p role="alert" className="text-aws-red">
            {SESSION_LIMIT_MESSAGE}
          </p>
          <Link href="/iam" className="mt-4 inline-block">
            Return to the console
          </Link>
        </div>
      </main>
    );
  }
  // With multi-session on, every sign-in joins the browser's sessions (app/api/sessions/adopt).
  // Only same-origin paths otherwise: an open redirect after sign-in would be a phishing aid.
  return (
    <main className="flex min-h-screen items-start justify-center bg-aws-bg px-4 pt-16">
      <SignInForm callbackUrl={multi.enabled ? "/api/sessions/adopt" : safeRedirectPath(callbackUrl)} account={accountHint(account)} />
    </main>
  );
}

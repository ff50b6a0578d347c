import { redirect } from "next/navigation";
import { getCaller } from "@/lib/auth/get-caller";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { SignInForm } from "@/components/signin/sign-in-form";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  if (await getCaller()) redirect("/iam");
  const { callbackUrl } = await searchParams;
  // Only same-origin paths: an open redirect after sign-in would be a phishing aid.
  return (
    <main className="flex min-h-screen items-start justify-center bg-aws-bg px-4 pt-16">
      <SignInForm callbackUrl={safeRedirectPath(callbackUrl)} />
    </main>
  );
}

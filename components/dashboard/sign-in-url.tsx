"use client";
// The dashboard's "Sign-in URL for IAM users in this account": AWS's is
// https://<alias or id>.signin.aws.amazon.com/console, which opens the sign-in page with the account
// filled in. Here it is the sign-in page at the origin the browser actually reached the console on
// (behind a proxy the server cannot know it), with the account as a parameter the page pre-fills.
import { useSyncExternalStore } from "react";
import { CopyButton } from "@/components/ui/copy-button";

const noSubscription = () => () => undefined;

export function SignInUrl({ account }: { account: string }) {
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => null);
  if (!origin) return null;
  const url = `${origin}/signin?${new URLSearchParams({ account })}`;
  return (
    <>
      <span className="font-mono text-xs" data-testid="sign-in-url">
        {url}
      </span>{" "}
      <CopyButton text={url} label="Copy sign-in URL" />
    </>
  );
}

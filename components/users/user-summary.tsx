"use client";
// The user page's Summary: ARN (copyable), creation time, console access, last console sign-in and
// the first access key's status — each from the call the console makes for it.
import { Container, KeyValue } from "@/components/ui/container";
import { CopyableText } from "@/components/ui/copy-button";
import { QueryError } from "@/components/ui/access-denied-alert";
import { longDate, relativeTime } from "@/components/ui/time";
import { useAccessKeys } from "./use-access-keys";
import { useLoginProfile } from "./use-login-profile";
import { useMfaDevices } from "./use-mfa-devices";
import type { User } from "./types";

export function UserSummary({ user }: { user: User }) {
  const login = useLoginProfile(user.UserName);
  const keys = useAccessKeys(user.UserName);
  const mfa = useMfaDevices(user.UserName);
  const firstKey = keys.data?.AccessKeyMetadata[0];
  const withMfa = (mfa.data?.MFADevices.length ?? 0) > 0;
  return (
    <Container title="Summary">
      <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <KeyValue label="ARN">
          <CopyableText text={user.Arn} label="Copy ARN" testId="user-arn" />
        </KeyValue>
        <KeyValue label="Created">{longDate(user.CreateDate)}</KeyValue>
        <KeyValue label="Console access">
          {login.isError ? <QueryError error={login.error} /> : login.isPending ? "-" : login.data ? (withMfa ? "Enabled with MFA" : "Enabled without MFA") : "Disabled"}
        </KeyValue>
        <KeyValue label="Last console sign-in">{user.PasswordLastUsed ? relativeTime(user.PasswordLastUsed) : "Never"}</KeyValue>
        <KeyValue label="Access key 1">
          {keys.isError ? "-" : firstKey ? `${firstKey.AccessKeyId} - ${firstKey.Status}` : keys.isPending ? "-" : "Not enabled"}
        </KeyValue>
      </dl>
    </Container>
  );
}

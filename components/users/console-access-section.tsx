"use client";
// "Console sign-in" on the Security credentials tab: whether the user has a console password, and
// "Manage console access" (enable with a password, set a new one, or disable). A password the account
// password policy refuses comes back as AWS's PasswordPolicyViolation message.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { QueryError } from "@/components/ui/access-denied-alert";
import { useFlash } from "@/components/ui/flashbar";
import { longDate } from "@/components/ui/time";
import { useLoginProfile } from "./use-login-profile";
import { useManageConsoleAccess } from "./use-manage-console-access";

export function ConsoleAccessSection({ userName }: { userName: string }) {
  const login = useLoginProfile(userName);
  const [managing, setManaging] = useState(false);
  const { push } = useFlash();
  return (
    <Container
      title="Console sign-in"
      actions={
        <Button onClick={() => setManaging(true)} disabled={!login.isSuccess}>
          Manage console access
        </Button>
      }
    >
      {login.isError ? (
        <QueryError error={login.error} />
      ) : (
        <dl className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <KeyValue label="Console password">{login.isPending ? "-" : login.data ? `Set ${longDate(login.data.LoginProfile.CreateDate)}` : "Not enabled"}</KeyValue>
        </dl>
      )}
      {managing && login.isSuccess && (
        <ManageConsoleAccessModal
          userName={userName}
          hasPassword={login.data !== null}
          onClose={() => setManaging(false)}
          onDone={(message) => {
            setManaging(false);
            push({ type: "success", content: message });
          }}
        />
      )}
    </Container>
  );
}

function ManageConsoleAccessModal({ userName, hasPassword, onClose, onDone }: { userName: string; hasPassword: boolean; onClose: () => void; onDone: (message: string) => void }) {
  const [enabled, setEnabled] = useState(true);
  const [password, setPassword] = useState("");
  const manage = useManageConsoleAccess(userName);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!enabled) {
      await manage.mutateAsync({ action: "disable" });
      onDone(`Console access disabled for ${userName}.`);
      return;
    }
    await manage.mutateAsync({ action: hasPassword ? "reset" : "enable", password, passwordResetRequired: false });
    onDone(hasPassword ? `Console password updated for ${userName}.` : `Console access enabled for ${userName}.`);
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title="Manage console access"
      footer={
        <>
          <Button variant="link" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="manage-console-access" loading={manage.isPending} disabled={enabled && !password}>
            Apply
          </Button>
        </>
      }
    >
      <form id="manage-console-access" onSubmit={(e) => void submit(e).catch(() => undefined)}>
        <fieldset className="mb-4">
          <legend className="font-bold">Console access</legend>
          <label className="mt-2 flex items-center gap-2">
            <input type="radio" name="console-access" checked={enabled} onChange={() => setEnabled(true)} />
            Enable
          </label>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="console-access" checked={!enabled} onChange={() => setEnabled(false)} disabled={!hasPassword} />
            Disable
          </label>
        </fieldset>
        {enabled && (
          <TextField
              label="Custom password"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
            constraint="The password must meet the account's password policy (see Account settings)."
          />
        )}
        {manage.error && <ErrorAlert error={manage.error} />}
      </form>
    </Modal>
  );
}

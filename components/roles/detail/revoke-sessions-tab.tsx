"use client";
// Revoke sessions (console-spec §4.7): explanation, then a dialog with the acknowledgement checkbox;
// confirming writes AWSRevokeOlderSessions. Unavailable for service-linked roles.
import * as Checkbox from "@radix-ui/react-checkbox";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Modal } from "@/components/ui/modal";
import { useFlash } from "@/components/ui/flashbar";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRoleRevokeSessions } from "../hooks/use-role-revoke-sessions";
import { slrExplanation } from "./format";
import type { RoleDetail } from "./types";

export function RevokeSessionsTab({ detail }: { detail: RoleDetail }) {
  const roleName = detail.Role.RoleName;
  const revoke = useRoleRevokeSessions(roleName);
  const { push } = useFlash();
  const [open, setOpen] = useState(false);
  const [ack, setAck] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      await revoke.mutateAsync();
      push({ type: "success", content: `Active sessions for role ${roleName} revoked.` });
      setOpen(false);
      setAck(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The sessions could not be revoked.");
    }
  }

  return (
    <Container
      title="Revoke active sessions"
      info="role-revoke-sessions"
      description="If you suspect that the role's temporary credentials were exposed, you can revoke all permissions from credentials issued before now. Sessions started after you revoke are not affected."
      actions={
        <Button variant="primary" disabled={detail.ServiceLinked} onClick={() => setOpen(true)}>
          Revoke active sessions
        </Button>
      }
    >
      {detail.ServiceLinked ? (
        <p className="text-sm text-aws-muted">{slrExplanation(detail)} You cannot revoke the sessions of a service-linked role.</p>
      ) : (
        <p className="text-sm">
          IAM attaches an inline policy named <code>AWSRevokeOlderSessions</code> that denies all actions to sessions whose credentials were issued before the time you revoke. Revoking again moves that time forward. You need the <code>iam:PutRolePolicy</code> permission.
        </p>
      )}
      <Modal
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          setAck(false);
          setError(null);
        }}
        title="Revoke active sessions?"
        footer={
          <>
            <Button variant="link" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!ack} loading={revoke.isPending} onClick={() => void confirm()}>
              Revoke active sessions
            </Button>
          </>
        }
      >
        <p className="mb-3">All users who assumed role {roleName} before now lose every permission. Applications using these credentials stop working until they get new credentials.</p>
        <label className="flex items-center gap-2">
          <Checkbox.Root checked={ack} onCheckedChange={(v) => setAck(v === true)} className="flex size-4 items-center justify-center rounded border-2 border-aws-border data-[state=checked]:border-aws-blue data-[state=checked]:bg-aws-blue">
            <Checkbox.Indicator className="text-xs leading-none text-white">✓</Checkbox.Indicator>
          </Checkbox.Root>
          I acknowledge that I am revoking all active sessions for this role.
        </label>
        {error && <ErrorAlert className="mt-3">{error}</ErrorAlert>}
      </Modal>
    </Container>
  );
}

"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ApiError } from "@/lib/api/client";
import { useCreateUser } from "./use-create-user";

export function CreateUserModal({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange: (o: boolean) => void; onCreated: (name: string) => void }) {
  const [userName, setUserName] = useState("");
  const [consoleAccess, setConsoleAccess] = useState(true);
  const [password, setPassword] = useState("");
  const create = useCreateUser();
  const error = create.error instanceof ApiError ? create.error : null;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await create.mutateAsync({ userName, password: consoleAccess ? password : undefined });
    onCreated(userName);
    setUserName("");
    setPassword("");
    create.reset();
    onOpenChange(false);
  }

  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Create user"
      footer={
        <>
          <Button variant="link" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="create-user" loading={create.isPending}>
            Create user
          </Button>
        </>
      }
    >
      <form id="create-user" onSubmit={(e) => void submit(e).catch(() => undefined)}>
        <TextField
          label="User name"
          value={userName}
          onChange={setUserName}
          constraint="The user name can have up to 64 characters. Valid characters: A-Z, a-z, 0-9, and + = , . @ _ - (hyphen)"
          error={error && error.code !== "AccessDenied" && error.code !== "PasswordPolicyViolation" ? error.message : null}
        />
        <label className="mb-3 flex items-center gap-2">
          <input type="checkbox" checked={consoleAccess} onChange={(e) => setConsoleAccess(e.target.checked)} />
          Provide user access to the AWS Management Console
        </label>
        {consoleAccess && (
          <TextField
            label="Console password"
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="new-password"
            error={error?.code === "PasswordPolicyViolation" ? error.message : null}
          />
        )}
        {error?.code === "AccessDenied" && <ErrorAlert>{error.message}</ErrorAlert>}
      </form>
    </Modal>
  );
}

"use client";
// The account menu (Radix DropdownMenu for focus and keyboard handling): who is signed in, the
// account ID as 1111-1111-1111 with copy, and Sign out.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { signOut } from "next-auth/react";
import { CopyButton } from "@/components/ui/copy-button";
import { formatAccountId } from "@/lib/authz/caller";

export interface MenuIdentity {
  kind: "root" | "user" | "assumed-role";
  name: string;
  arn: string;
  accountId: string;
  accountAlias: string | null;
}

export function AccountMenu({ identity }: { identity: MenuIdentity }) {
  const accountId = formatAccountId(identity.accountId);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex items-center gap-1 rounded px-2 py-1 font-bold hover:bg-white/10" aria-label={`Account menu: ${identity.name}`}>
        {identity.name} <span aria-hidden>▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 w-80 rounded-xl border border-aws-divider bg-white p-4 text-aws-ink shadow-lg">
          <div className="mb-3 text-sm">
            <div className="flex items-center gap-1">
              <span>Account ID: </span>
              <span className="font-bold" data-testid="account-id">{accountId}</span>
              <CopyButton text={identity.accountId} label="Copy account ID" />
            </div>
            {identity.accountAlias && <div className="text-aws-muted">Account alias: {identity.accountAlias}</div>}
            <div className="mt-1 text-aws-muted">
              {identity.kind === "root" ? "Root user" : `IAM user: ${identity.name}`}
            </div>
          </div>
          <DropdownMenu.Separator className="my-2 h-px bg-aws-divider" />
          <DropdownMenu.Item asChild>
            <a href="/iam/security-credentials" className="block rounded px-2 py-1 text-aws-ink outline-none data-[highlighted]:bg-aws-blue-light">
              Security credentials
            </a>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-2 h-px bg-aws-divider" />
          <DropdownMenu.Item
            onSelect={() => void signOut({ callbackUrl: "/signin" })}
            className="cursor-pointer rounded-full border-2 border-aws-blue px-4 py-1 text-center font-bold text-aws-blue outline-none data-[highlighted]:bg-aws-blue-light"
          >
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

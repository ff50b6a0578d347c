"use client";
// The account menu (Radix DropdownMenu for focus and keyboard handling). As a user: who is signed
// in, the account ID as 1111-1111-1111 with copy, Switch role, Sign out. While a role is active the
// button shows its display name on the chosen colour, and the menu adds "Currently active as",
// "Signed in as", the role history (last 5) and Switch back.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { CopyButton } from "@/components/ui/copy-button";
import { formatAccountId } from "@/lib/authz/caller";
import { useSwitchRole } from "@/components/switch-role/use-switch-role";
import { useSwitchBack } from "@/components/switch-role/use-switch-back";
import type { HistoryEntry } from "@/lib/auth/role-cookie";
import { useHydrated } from "@/components/ui/use-hydrated";
import { signOutOfSession, turnOffMultiSession, turnOnMultiSession } from "@/app/(console)/settings/session-actions";
import { ACCOUNT_COLOR_LABELS, type AccountColor } from "@/lib/console-settings/account-colors";
import { useSessionHref } from "./session-tab";

export interface MenuIdentity {
  kind: "root" | "user";
  name: string;
  accountId: string;
  accountAlias: string | null;
  activeRole: { displayName: string; color: string | null; roleName: string; accountId: string } | null;
  history: HistoryEntry[];
  /**
   * Multi-session (opt-in): this browser's signed-in identities, each with its own URL (/s/<id>, its
   * pages under /s/<id>/…); `activeId` is this tab's.
   */
  multiSession?: { enabled: boolean; activeId: string | null; sessions: { id: string; label: string }[] };
}

const itemClass = "block cursor-pointer rounded px-2 py-1 text-aws-ink outline-none data-[highlighted]:bg-aws-blue-light";

export function AccountMenu({ identity, accountColor = "none" }: { identity: MenuIdentity; accountColor?: AccountColor }) {
  const router = useRouter();
  const inTab = useSessionHref();
  const switchRole = useSwitchRole();
  const switchBack = useSwitchBack();
  const hydrated = useHydrated();
  const role = identity.activeRole;
  const label = role ? role.displayName : identity.name;
  const shownAccount = formatAccountId(role ? role.accountId : identity.accountId);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className={`flex items-center gap-1 rounded px-2 py-1 font-bold ${role ? "text-[#000716]" : "hover:bg-white/10"}`}
        style={role ? { backgroundColor: role.color ? `#${role.color}` : "#e9ebed" } : undefined}
        data-role-color={role?.color ?? undefined}
        data-hydrated={hydrated || undefined}
        aria-label={`Account menu: ${label}`}
      >
        {label}
        <svg viewBox="0 0 10 6" className="size-2.5" aria-hidden>
          <path d="M0 0h10L5 6z" fill="currentColor" />
        </svg>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 w-80 rounded-xl border border-aws-divider bg-white p-4 text-aws-ink shadow-lg">
          {role && (
            <div className="mb-2 text-sm">
              <div className="text-aws-muted">Currently active as</div>
              <div className="font-bold">{role.roleName}</div>
            </div>
          )}
          <div className="mb-3 text-sm">
            <div className="flex items-center gap-1">
              <span>Account ID: </span>
              <span className="font-bold" data-testid="account-id">
                {shownAccount}
              </span>
              <CopyButton text={role ? role.accountId : identity.accountId} label="Copy account ID" />
            </div>
            {!role && identity.accountAlias && <div className="text-aws-muted">Account alias: {identity.accountAlias}</div>}
            {accountColor !== "none" && <div className="text-aws-muted">Account color: {ACCOUNT_COLOR_LABELS[accountColor]}</div>}
            {role ? (
              <div className="mt-1">
                <span className="text-aws-muted">Signed in as </span>
                <span className="font-bold">
                  {identity.name} @ {formatAccountId(identity.accountId)}
                </span>
              </div>
            ) : (
              <div className="mt-1 text-aws-muted">{identity.kind === "root" ? "Root user" : `IAM user: ${identity.name}`}</div>
            )}
          </div>
          {identity.history.length > 0 && (
            <>
              <DropdownMenu.Separator className="my-2 h-px bg-aws-divider" />
              <DropdownMenu.Label className="px-2 text-xs font-bold text-aws-muted">Role history</DropdownMenu.Label>
              {identity.history.map((h) => (
                <DropdownMenu.Item
                  key={`${h.accountId}/${h.roleName}`}
                  className={itemClass}
                  onSelect={() => switchRole.mutate({ account: h.accountId, roleName: h.roleName, displayName: h.displayName, color: h.color ?? undefined })}
                >
                  <span className="mr-2 inline-block size-3 rounded-sm align-middle" style={{ backgroundColor: h.color ? `#${h.color}` : "#e9ebed" }} aria-hidden />
                  {h.displayName}
                </DropdownMenu.Item>
              ))}
            </>
          )}
          <DropdownMenu.Separator className="my-2 h-px bg-aws-divider" />
          <DropdownMenu.Item className={itemClass} onSelect={() => router.push(inTab("/settings"))}>
            Settings
          </DropdownMenu.Item>
          {identity.kind === "user" && (
            <DropdownMenu.Item className={itemClass} onSelect={() => router.push(inTab("/switchrole"))}>
              Switch role
            </DropdownMenu.Item>
          )}
          {role && (
            <DropdownMenu.Item className={itemClass} onSelect={() => switchBack.mutate()}>
              Switch back
            </DropdownMenu.Item>
          )}
          <MultiSessionItems multi={identity.multiSession} />
          <DropdownMenu.Separator className="my-2 h-px bg-aws-divider" />
          <DropdownMenu.Item
            onSelect={() => void signOutOfThisSession(Boolean(identity.multiSession?.enabled))}
            className="cursor-pointer rounded-full border-2 border-aws-blue px-4 py-1 text-center font-bold text-aws-blue outline-none data-[highlighted]:bg-aws-blue-light"
          >
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** With multi-session, Sign out ends this tab's session only; the tab moves to the next one, if any. */
async function signOutOfThisSession(multi: boolean) {
  const next = multi ? await signOutOfSession() : null;
  if (next) {
    // The last sign-in's next-auth session goes too, so that turning multi-session off later cannot revive it.
    await signOut({ redirect: false });
    // A full load: another identity's pages and cached queries must not linger in this tab.
    return window.location.assign(next);
  }
  await signOut({ callbackUrl: "/signin" });
}

function MultiSessionItems({ multi }: { multi: MenuIdentity["multiSession"] }) {
  if (!multi) return null;
  if (!multi.enabled) {
    // A full load, at the first session's URL.
    return (
      <DropdownMenu.Item className={itemClass} onSelect={() => void turnOnMultiSession().then((url) => window.location.assign(url ?? "/iam"))}>
        Turn on multi-session support
      </DropdownMenu.Item>
    );
  }
  return (
    <>
      <DropdownMenu.Separator className="my-2 h-px bg-aws-divider" />
      <DropdownMenu.Label className="px-2 text-xs font-bold text-aws-muted">Sessions</DropdownMenu.Label>
      {multi.sessions.map((s) => (
        <DropdownMenu.Item key={s.id} className={itemClass} asChild>
          {/* Each session's own URL: it opens the session's pages (/s/<id>/iam) and makes it the default for new tabs. */}
          <a href={`/s/${s.id}`} aria-current={s.id === multi.activeId ? "true" : undefined}>
            {s.label}
            {s.id === multi.activeId && <span className="ml-1 text-aws-muted">(current)</span>}
          </a>
        </DropdownMenu.Item>
      ))}
      <DropdownMenu.Item className={itemClass} asChild>
        <a href="/signin?addSession=1">Add session</a>
      </DropdownMenu.Item>
      {/* eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load: the identity may change */}
      <DropdownMenu.Item className={itemClass} onSelect={() => void turnOffMultiSession().then(() => window.location.assign("/iam"))}>
        Turn off multi-session support
      </DropdownMenu.Item>
    </>
  );
}

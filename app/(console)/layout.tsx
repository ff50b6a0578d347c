import { redirect } from "next/navigation";
import { getConsoleState } from "@/lib/auth/console-state";
import { accountAlias } from "@/lib/auth/account-alias";
import { accountColorOf } from "@/lib/console-settings/account-color";
import { readMultiSession } from "@/lib/auth/multi-session-cookies";
import { formatAccountId } from "@/lib/authz/caller";
import { Providers } from "@/components/providers";
import { Flashbar, FlashProvider } from "@/components/ui/flashbar";
import { TopBar } from "@/components/chrome/top-bar";
import { SideNav } from "@/components/chrome/side-nav";
import { RoleEndedNotice } from "@/components/switch-role/role-ended-notice";
import { HelpProvider } from "@/components/help/help-context";
import { HelpDrawer } from "@/components/help/help-drawer";
import { LabPanel } from "@/components/labs/lab-panel";
import { SettledMain } from "@/components/ui/settled";
import { ServerClock } from "@/components/ui/server-clock";
import { serverNowMs } from "@/lib/server-now";
import { CURRENT_LAB_API } from "@/lib/labs/api-path";
import { preloadConsoleRead } from "@/lib/api/preload-read";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const stateRead = getConsoleState();
  const multi = await readMultiSession();
  // The lab panel's first read (use-lab.ts) with the document's head, before the console state's
  // reads are awaited: no console page is settled before it answers.
  preloadConsoleRead(multi.tabId, CURRENT_LAB_API);
  const state = await stateRead;
  // A tab whose session this browser no longer holds (signed out, expired) signs in again, as a new session.
  if (!state) redirect(multi.enabled && multi.tabId ? "/signin?addSession=1" : "/signin");
  const { identity, activeRole, roleEnded, history } = state;
  const alias = await accountAlias(identity.accountId);
  // The colour of the account the console is acting in (a switched-to role's account while one is active).
  const accountColor = await accountColorOf(state.caller.accountId);
  return (
    <Providers sessionTab={multi.tabId}>
      <ServerClock now={serverNowMs()} />
      <FlashProvider>
        <TopBar
          accountColor={accountColor}
          identity={{
            kind: identity.kind,
            name: identity.kind === "root" ? (alias ?? identity.accountId) : identity.name,
            accountId: identity.accountId,
            accountAlias: alias,
            activeRole: activeRole && {
              displayName: activeRole.displayName,
              color: activeRole.color,
              roleName: activeRole.roleName,
              accountId: activeRole.accountId,
            },
            history,
            multiSession: {
              enabled: multi.enabled,
              activeId: multi.active?.id ?? null,
              sessions: multi.sessions.map((s) => ({ id: s.id, label: `${s.identity.name} @ ${formatAccountId(s.identity.accountId)}` })),
            },
          }}
        />
        {roleEnded && <RoleEndedNotice reason={roleEnded.reason} roleName={roleEnded.role.roleName} userName={identity.name} />}
        <HelpProvider>
          <div className="flex min-h-[calc(100vh-40px)]">
            <SideNav />
            <SettledMain tabIndex={-1} className="min-w-0 flex-1 bg-aws-bg px-8 py-4 outline-none">
              <Flashbar />
              {children}
            </SettledMain>
            <HelpDrawer />
            <LabPanel />
          </div>
        </HelpProvider>
      </FlashProvider>
    </Providers>
  );
}

// POST: Switch role (sts:AssumeRole as the current principal) and remember it in the signed role
// cookie + history. DELETE: Switch back to the signed-in user. The assume-role call itself is
// authorized by the trust policy and the caller's identity policies in lib/sts.
import { cookies } from "next/headers";
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { getConsoleState } from "@/lib/auth/console-state";
import { encodeRoleCookie, pushHistory, roleCookieNames } from "@/lib/auth/role-cookie";
import { switchRole } from "@/lib/auth/switch-role";
import { recordSwitchBack } from "@/lib/auth/switch-role-trail";

const COOKIE = { httpOnly: true, sameSite: "lax" as const, path: "/" };

const ZSwitchInput = z
  .object({
    account: z.string().max(64),
    roleName: z.string().max(512),
    displayName: z.string().max(64).optional(),
    color: z.string().max(16).optional(),
  })
  .strict();

export const POST = withConsoleApi({
  action: "sts:AssumeRole",
  body: ZSwitchInput,
  resource: ({ body }) => `role ${body.roleName} in ${body.account}`,
  // switchRole writes SwitchRole and the AssumeRole the console makes (lib/auth/switch-role-trail.ts).
  trail: false,
  handler: async ({ caller, body }) => {
    const state = (await getConsoleState())!;
    const outcome = await switchRole(caller, state.identity, body);
    const jar = await cookies();
    // The session's own cookies: with multi-session, another tab's role stays as it is.
    const names = roleCookieNames(state.sessionId);
    jar.set(names.role, encodeRoleCookie({ identityArn: state.identity.arn, ...outcome }), COOKIE);
    const entry = { accountId: outcome.accountId, roleName: outcome.roleName, displayName: outcome.displayName, color: outcome.color };
    jar.set(names.history, pushHistory(state.history, entry), { ...COOKIE, maxAge: 400 * 24 * 3600 });
    return { displayName: outcome.displayName, accountId: outcome.accountId, roleName: outcome.roleName, color: outcome.color };
  },
});

export const DELETE = withConsoleApi({
  action: "signin:SwitchBack",
  // Leaving a role session the console made writes ExitRole (lib/auth/switch-role-trail.ts).
  handler: async ({ caller }) => {
    if (caller.kind === "assumed-role" && caller.via === "console") await recordSwitchBack(caller);
    (await cookies()).delete(roleCookieNames((await getConsoleState())?.sessionId ?? null).role);
    return { ok: true };
  },
});

import "server-only";
// The one place that turns a console session into a principal. Pages and route handlers call it;
// nothing else reads the next-auth session. Cached per request (React cache).
import { cache } from "react";
import { headers } from "next/headers";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { authOptions } from "./options";
import type { SignedInIdentity } from "./sign-in";

export const getSignedInIdentity = cache(async (): Promise<SignedInIdentity | null> => {
  const session = (await getServerSession(authOptions)) as { identity?: SignedInIdentity } | null;
  return session?.identity ?? null;
});

export const getCaller = cache(async (): Promise<Caller | null> => {
  const identity = await getSignedInIdentity();
  if (!identity) return null;
  const h = await headers();
  const common = {
    via: "console" as const,
    mfa: identity.mfa,
    mfaAuthenticatedAt: identity.mfa ? new Date(identity.signedInAt) : undefined,
    sourceIp: h.get("x-forwarded-for")?.split(",")[0]?.trim() || "127.0.0.1",
    userAgent: h.get("user-agent") ?? undefined,
  };
  if (identity.kind === "root") {
    const account = await db.account.findUnique({ where: { id: identity.accountId } });
    if (!account) return null;
    return { ...common, kind: "root", accountId: account.id, arn: `arn:aws:iam::${account.id}:root` };
  }
  // A deleted (or deleted-and-recreated) user's console session ends: match on the unique id.
  const user = identity.userId ? await db.user.findUnique({ where: { id: identity.userId } }) : null;
  if (!user) return null;
  return { ...common, kind: "user", accountId: user.accountId, arn: user.arn, userId: user.id, userName: user.name };
});

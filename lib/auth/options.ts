// next-auth configuration: one Credentials provider covering root and IAM-user sign-in; the
// session is a JWT holding the SignedInIdentity. Server code never reads it directly: it calls getCaller().
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { CLIENT_IP_HEADER, stampedClientAddress } from "@/lib/net/stamped-address";
import { isStoreUnavailable, outageSummary } from "@/lib/store-unavailable";
import { sameOriginRedirect } from "./safe-redirect";
import { ensureAuthSecret } from "./secret";
import { signIn, type SignedInIdentity, type SignInInput } from "./sign-in";
import { learnerFromCookieHeader } from "@/lib/api/learner-id";
import { isMultiSandbox } from "@/lib/sandbox/mode";
import { instructorCookieFrom, instructorTokenSource, isInstructorSession } from "@/lib/sandbox/instructor";
import { serverNowMs } from "@/lib/server-now";

process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;

/**
 * next-auth hands a thrown message to the browser as `error`: an exception from the store becomes a
 * code the sign-in page words (UNAVAILABLE while the database is away, FAILURE otherwise), never the
 * driver's text, and is logged once here.
 */
function signInFailure(e: unknown): never {
  if (isStoreUnavailable(e)) {
    console.error("sign-in: database unavailable:", outageSummary(e));
    throw new Error("UNAVAILABLE");
  }
  console.error("sign-in failed", e);
  throw new Error("FAILURE");
}

/** AWS ends a user's console session after 12 hours. */
export const CONSOLE_SESSION_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: ensureAuthSecret(),
  session: { strategy: "jwt", maxAge: CONSOLE_SESSION_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "AWS account",
      credentials: {
        type: { type: "text" },
        email: { type: "text" },
        account: { type: "text" },
        userName: { type: "text" },
        password: { type: "password" },
        mfaCode: { type: "text" },
      },
      async authorize(credentials, req) {
        const c: Partial<Record<"type" | "email" | "account" | "userName" | "password" | "mfaCode", string>> = credentials ?? {};
        const input: SignInInput =
          c.type === "root"
            ? { type: "root", email: c.email ?? "", password: c.password ?? "", mfaCode: c.mfaCode || undefined }
            : {
                type: "iam",
                account: c.account ?? "",
                userName: c.userName ?? "",
                password: c.password ?? "",
                mfaCode: c.mfaCode || undefined,
              };
        // The address server.ts stamped, never X-Forwarded-For: the throttle keys on it, and the
        // ConsoleLogin record carries it beside the browser's User-Agent.
        const headers = req?.headers as Record<string, string | undefined> | undefined;
        const address = stampedClientAddress(headers?.[CLIENT_IP_HEADER]);
        // A training server (SANDBOX_MODE=multi): only the learner who owns the sandbox signs in to it,
        // or the instructor (the signed lab_instructor cookie), who alone may sign in to the demo sandbox.
        const multi = isMultiSandbox();
        const instructor = multi && (await isInstructorSession(instructorCookieFrom(headers?.cookie), instructorTokenSource().token));
        const scope = { multi, learnerId: learnerFromCookieHeader(headers?.cookie), instructor };
        const outcome = await signIn(input, address, serverNowMs(), { userAgent: headers?.["user-agent"] }, scope).catch(signInFailure);
        // next-auth passes the thrown message to the client as `error`: the sign-in page maps the code to text.
        if (!outcome.ok) throw new Error(outcome.error);
        const { identity } = outcome;
        return { id: identity.arn, name: identity.name, identity };
      },
    }),
  ],
  callbacks: {
    // next-auth's default also follows absolute URLs on its own origin; ours also refuses paths that
    // normalise to another host (`/a/..//evil`), with the same rule as the sign-in page.
    async redirect(params) {
      return sameOriginRedirect(params);
    },
    async jwt({ token, user }) {
      if (user && "identity" in user) token.identity = (user as { identity: SignedInIdentity }).identity;
      return token;
    },
    async session({ session, token }) {
      return { ...session, identity: token.identity as SignedInIdentity | undefined };
    },
  },
};

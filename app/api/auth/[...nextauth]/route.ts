// next-auth's handler (GET for session/csrf, POST for sign-in/out). Credentials are checked in lib/auth.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };

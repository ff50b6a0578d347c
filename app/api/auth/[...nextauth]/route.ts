// next-auth's handler (GET for session/csrf, POST for sign-in/out). Credentials are checked in lib/auth.
import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { isAwsError } from "@/lib/errors";
import { readFetchBody } from "@/lib/http/bounded-body";

const handler = NextAuth(authOptions);

// A sign-in or sign-out form is a few hundred bytes; next-auth would buffer any size unauthenticated.
const AUTH_FORM_BYTES = 64 * 1024;

async function POST(req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) {
  let body: Uint8Array;
  try {
    body = await readFetchBody(req, AUTH_FORM_BYTES);
  } catch (e) {
    if (!isAwsError(e)) throw e;
    return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
  }
  return handler(new NextRequest(req.url, { method: req.method, headers: req.headers, body: body as BodyInit }), ctx);
}

export { handler as GET, POST };

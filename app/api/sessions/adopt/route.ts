// Where the sign-in page returns with multi-session turned on: the identity that just signed in
// (next-auth's session, never a request parameter) joins the browser's sessions, becomes the default
// and opens at its own URL (/s/<id>/iam). A sixth is refused: back to the sign-in page, which says why.
import { NextResponse, type NextRequest } from "next/server";
import { nextAuthIdentity } from "@/lib/auth/session-identity";
import { adoptSession, readMultiSession } from "@/lib/auth/multi-session-cookies";
import { sessionPath } from "@/lib/auth/session-url";

export async function GET(req: NextRequest) {
  const to = (path: string) => NextResponse.redirect(new URL(path, req.url), 303);
  const identity = await nextAuthIdentity();
  if (!identity) return to("/signin");
  if (!(await readMultiSession()).enabled) return to("/iam");
  const outcome = await adoptSession(identity);
  return to(outcome.ok ? sessionPath(outcome.id, "/iam") : "/signin?addSession=1");
}

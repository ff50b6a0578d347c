// A multi-session session's own URL (/s/<id>): opens that session's console (/s/<id>/iam, where the
// tab stays in the session) and makes it the browser's default for addresses that name no session.
// Only a same-site navigation changes the default (a link on another site cannot choose which of your
// identities a new tab acts as); an id this browser does not hold changes nothing and opens the default.
import { NextResponse, type NextRequest } from "next/server";
import { activateSession } from "@/lib/auth/multi-session-cookies";
import { isSessionId, sessionPath } from "@/lib/auth/session-url";

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const site = req.headers.get("sec-fetch-site");
  const held = isSessionId(id) && (site === null || site === "same-origin" || site === "none") && (await activateSession(id));
  // Relative: the browser stays on whatever host name or address it used.
  return new NextResponse(null, { status: 303, headers: { Location: held ? sessionPath(id, "/iam") : "/iam" } });
}

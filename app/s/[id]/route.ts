// A multi-session session's own URL (/s/<id>): opening it makes that session the browser's active one
// and goes to the console. Only a same-site navigation switches (a link on another site cannot change
// which of your identities the console acts as); an id this browser does not hold changes nothing.
import { NextResponse, type NextRequest } from "next/server";
import { activateSession } from "@/lib/auth/multi-session-cookies";
import { isSessionId } from "@/lib/auth/multi-session";

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const site = req.headers.get("sec-fetch-site");
  if (isSessionId(id) && (site === null || site === "same-origin" || site === "none")) await activateSession(id);
  return NextResponse.redirect(new URL("/iam", req.url), 303);
}

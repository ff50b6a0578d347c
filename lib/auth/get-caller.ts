import "server-only";
// The one place that turns a console session into a principal. Pages and route handlers call
// getCaller(); nothing else reads the next-auth session. Cached per request (React cache).
import { cache } from "react";
import type { Caller } from "@/lib/authz/caller";
import { getConsoleState } from "./console-state";

/** The principal the console acts as: the signed-in user or root, or the role they switched to. */
export const getCaller = cache(async (): Promise<Caller | null> => (await getConsoleState())?.caller ?? null);

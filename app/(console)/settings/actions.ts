"use server";
// Unified Settings' save: the visual mode of the identity this browser is signed in as (never one the
// request names). A server action: Next refuses it from another origin, and revalidating the layout
// re-renders <html> with the new mode's class.
import { revalidatePath } from "next/cache";
import { getConsoleState } from "@/lib/auth/console-state";
import { isVisualMode, setVisualMode } from "@/lib/console-settings/visual-mode";

export type SaveResult = { ok: true } | { ok: false; message: string };

export async function saveVisualMode(mode: unknown): Promise<SaveResult> {
  if (!isVisualMode(mode)) return { ok: false, message: "Choose Browser default, Light or Dark." };
  const state = await getConsoleState();
  if (!state) return { ok: false, message: "Your session has ended. Sign in again." };
  await setVisualMode(state.identity.arn, mode);
  revalidatePath("/", "layout");
  return { ok: true };
}

"use client";
// Cloudscape's Flashbar: notifications at the top of the content area that survive client-side
// navigation (the provider lives in the console layout), e.g. "Role X created." + View role.
// They stay until dismissed: nothing auto-dismisses them (a reader needs time; demos under
// SANDBOX_DEMO=1 screenshot them, training-spec §11.2). Keep it so.
import { createContext, useCallback, useContext, useMemo, useState } from "react";

export type FlashType = "success" | "error" | "info" | "warning";
export interface Flash {
  id: number;
  type: FlashType;
  header?: React.ReactNode;
  content: React.ReactNode;
  action?: React.ReactNode;
}

interface FlashApi {
  push(flash: Omit<Flash, "id">): void;
  dismiss(id: number): void;
}

const FlashContext = createContext<FlashApi | null>(null);
const FlashListContext = createContext<Flash[]>([]);

export function FlashProvider({ children }: { children: React.ReactNode }) {
  const [items, setItems] = useState<Flash[]>([]);
  const dismiss = useCallback((id: number) => setItems((xs) => xs.filter((x) => x.id !== id)), []);
  const push = useCallback((flash: Omit<Flash, "id">) => setItems((xs) => [{ ...flash, id: Date.now() + Math.random() }, ...xs].slice(0, 5)), []);
  const api = useMemo(() => ({ push, dismiss }), [push, dismiss]);
  return (
    <FlashContext.Provider value={api}>
      <FlashListContext.Provider value={items}>{children}</FlashListContext.Provider>
    </FlashContext.Provider>
  );
}

export function useFlash(): FlashApi {
  const api = useContext(FlashContext);
  if (!api) throw new Error("useFlash outside FlashProvider");
  return api;
}

const COLORS: Record<FlashType, string> = {
  success: "bg-aws-green",
  error: "bg-aws-red",
  info: "bg-aws-blue",
  warning: "bg-[#ffe347] !text-aws-ink",
};

export function Flashbar() {
  const items = useContext(FlashListContext);
  const { dismiss } = useFlash();
  if (items.length === 0) return null;
  return (
    <div className="mb-4 flex flex-col gap-2" aria-live="polite">
      {items.map((f) => (
        <div key={f.id} role={f.type === "error" ? "alert" : "status"} className={`flex items-start gap-3 rounded-xl px-4 py-2 text-white ${COLORS[f.type]}`}>
          <div className="flex-1">
            {f.header && <div className="font-bold">{f.header}</div>}
            <div>{f.content}</div>
          </div>
          {f.action}
          <button type="button" aria-label="Dismiss notification" className="px-1 font-bold" onClick={() => dismiss(f.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

"use client";
// Which help topic the tools drawer shows, and the control that opened it (focus returns there on
// close, as Cloudscape's AppLayout does with its tools drawer).
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

interface HelpState {
  topic: string | null;
  open: (topic: string, opener?: HTMLElement | null) => void;
  close: () => void;
}

const HelpContext = createContext<HelpState | null>(null);

export function HelpProvider({ children }: { children: React.ReactNode }) {
  const [topic, setTopic] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((id: string, from?: HTMLElement | null) => {
    // Following a "Learn more" topic inside the panel keeps the original opener.
    if (from !== undefined) opener.current = from;
    setTopic(id);
  }, []);
  const close = useCallback(() => {
    setTopic(null);
    const back = opener.current;
    opener.current = null;
    // After React removed the panel; an opener that has gone (the page changed) leaves focus on main.
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus();
      else document.querySelector<HTMLElement>("main")?.focus();
    });
  }, []);
  const value = useMemo(() => ({ topic, open, close }), [topic, open, close]);
  return <HelpContext.Provider value={value}>{children}</HelpContext.Provider>;
}

/** Outside the console layout (no provider) Info links render nothing to open. */
export function useHelp(): HelpState | null {
  return useContext(HelpContext);
}

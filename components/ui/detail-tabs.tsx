"use client";
// Cloudscape's Tabs on a resource page (Radix Tabs). The open tab is kept in the URL (?section= or
// ?tab=, as AWS uses each) with replaceState, so a reload or a return from a sub-page lands on it.
import * as Tabs from "@radix-ui/react-tabs";
import { useSearchParams } from "next/navigation";
import { useState } from "react";

const TAB =
  "border-b-4 border-transparent px-4 py-2 font-bold text-aws-muted hover:text-aws-blue data-[state=active]:border-aws-blue data-[state=active]:text-aws-blue";

/** The open tab and its setter, read from and written to `${path}?${param}=…`. */
export function useUrlTab(param: "tab" | "section", fallback: string, path: string): [string, (v: string) => void] {
  const params = useSearchParams();
  const [value, setValue] = useState(params.get(param) ?? fallback);
  const open = (v: string) => {
    setValue(v);
    window.history.replaceState(null, "", `${path}?${param}=${v}`);
  };
  return [value, open];
}

export function DetailTabs({
  label,
  tabs,
  value,
  onChange,
  children,
}: {
  label: string;
  tabs: readonly (readonly [value: string, label: string])[];
  value: string;
  onChange: (v: string) => void;
  /** One <TabPanel> per tab. */
  children: React.ReactNode;
}) {
  return (
    <Tabs.Root value={value} onValueChange={onChange}>
      <Tabs.List aria-label={label} className="mb-4 flex flex-wrap border-b border-aws-divider">
        {tabs.map(([v, text]) => (
          <Tabs.Trigger key={v} value={v} className={TAB}>
            {text}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {children}
    </Tabs.Root>
  );
}

export const TabPanel = Tabs.Content;

"use client";
// "Download events ▾": the current filter as CSV or JSON, fetched by the browser as an attachment.
import * as Menu from "@radix-ui/react-dropdown-menu";
import { useSessionHref } from "@/components/chrome/session-tab";

const ITEM = "block cursor-pointer rounded px-3 py-1.5 text-sm text-aws-ink no-underline outline-none hover:no-underline data-[highlighted]:bg-aws-blue-light data-[highlighted]:text-aws-blue-dark";

export function DownloadMenu({ filter }: { filter: string }) {
  // A multi-session tab downloads its own session's events.
  const inTab = useSessionHref();
  const href = (format: "csv" | "json") => inTab("/api/console/cloudtrail/download") + `?${new URLSearchParams([...new URLSearchParams(filter), ["format", format]])}`;
  return (
    <Menu.Root>
      <Menu.Trigger className="inline-flex items-center gap-1 rounded-full border-2 border-aws-blue bg-white px-5 py-[2px] text-sm font-bold text-aws-blue hover:bg-aws-blue-light">
        Download events <span aria-hidden>▾</span>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={4} className="z-50 min-w-48 rounded-lg border border-aws-border bg-white p-1 shadow-lg">
          <Menu.Item asChild className={ITEM}>
            <a href={href("csv")} download="event_history.csv">
              Download as CSV
            </a>
          </Menu.Item>
          <Menu.Item asChild className={ITEM}>
            <a href={href("json")} download="event_history.json">
              Download as JSON
            </a>
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

"use client";
// The console's side navigation as Cloudscape's AppLayout has it: open beside the content on wide
// screens, closed to a rail with an "Open navigation" toggle below the breakpoint (where it opens
// over the content and closes again when a link is chosen), and "Close navigation" in its header.
// Below the breakpoint the content keeps the width it needs, so tables are not squeezed.
// Cloudscape: https://cloudscape.design/components/app-layout/?tabId=usage ("The side navigation is
// closed by default for mobile viewports"); breakpoint [INF]: Cloudscape's "s" breakpoint, 912 px.
import { useConsolePathname, useSessionHref } from "@/components/chrome/session-tab";
import Link from "next/link";
import { useRef, useState, useSyncExternalStore } from "react";

const NARROW = "(max-width: 911px)";

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the viewport is below the breakpoint; null on the server, where only CSS can tell. */
function useNarrow(): boolean | null {
  return useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches, () => null);
}

const ACCESS_MANAGEMENT = [
  ["User groups", "/iam/groups"],
  ["Users", "/iam/users"],
  ["Roles", "/iam/roles"],
  ["Policies", "/iam/policies"],
  ["Identity providers", "/iam/identity-providers"],
  ["Account settings", "/iam/account-settings"],
] as const;

const ROLES_ANYWHERE = [
  ["Home", "/rolesanywhere/home"],
  ["Trust anchors", "/rolesanywhere/trust-anchors"],
  ["Profiles", "/rolesanywhere/profiles"],
  ["Subject activity", "/rolesanywhere/subjects"],
] as const;

/** The current service's left navigation (IAM's, CloudTrail's under /cloudtrail, Roles Anywhere's under /rolesanywhere); the current section is bold with a marker, as in the console. */
export function SideNav() {
  const narrow = useNarrow();
  // A choice holds at the width it was made at: crossing the breakpoint returns to that width's default.
  const [choice, setChoice] = useState<{ open: boolean; narrow: boolean | null } | null>(null);
  const open = choice && choice.narrow === narrow ? choice.open : narrow === null ? null : !narrow;
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const toggle = (next: boolean) => {
    setChoice({ open: next, narrow });
    // Focus follows the panel, as Cloudscape's toggles do.
    requestAnimationFrame(() => (next ? closeButton : openButton).current?.focus());
  };
  // Until the width is known (server render), CSS shows the panel or the rail.
  const panelShown = open === null ? "hidden min-[912px]:block" : open ? "block" : "hidden";
  const railShown = open === null ? "min-[912px]:hidden" : open ? "hidden" : "";
  const overlay = narrow ? "fixed top-10 bottom-0 left-0 z-30 overflow-y-auto shadow-xl" : "";
  return (
    <>
      <div className={`w-10 shrink-0 border-r border-aws-divider bg-white pt-3 text-center ${railShown}`}>
        <button
          ref={openButton}
          type="button"
          aria-label="Open navigation"
          aria-expanded={false}
          onClick={() => toggle(true)}
          className="rounded px-2 py-1 text-lg text-aws-ink hover:text-aws-blue"
        >
          ☰
        </button>
      </div>
      <div
        className={`${panelShown} ${overlay}`}
        onClick={(e) => {
          if (narrow && (e.target as HTMLElement).closest("a")) setChoice({ open: false, narrow });
        }}
      >
        <NavPanel onClose={() => toggle(false)} closeRef={closeButton} />
      </div>
    </>
  );
}

function CloseButton({ onClose, closeRef }: { onClose: () => void; closeRef: React.Ref<HTMLButtonElement> }) {
  return (
    <button ref={closeRef} type="button" aria-label="Close navigation" aria-expanded onClick={onClose} className="mr-3 px-1 text-aws-muted hover:text-aws-ink">
      ✕
    </button>
  );
}

function NavPanel({ onClose, closeRef }: { onClose: () => void; closeRef: React.Ref<HTMLButtonElement> }) {
  const path = useConsolePathname();
  const inTab = useSessionHref();
  const link = (label: string, href: string) => {
    const active = href === "/iam" ? path === "/iam" : path === href || path.startsWith(href + "/");
    return (
      <li key={href}>
        <Link
          href={inTab(href)}
          aria-current={active ? "page" : undefined}
          className={`block border-l-4 py-1 pl-4 text-aws-ink hover:text-aws-blue ${active ? "border-aws-blue font-bold text-aws-blue" : "border-transparent"}`}
        >
          {label}
        </Link>
      </li>
    );
  };
  if (path.startsWith("/cloudtrail")) {
    return (
      <nav aria-label="CloudTrail" className="h-full w-64 shrink-0 border-r border-aws-divider bg-white py-4 text-sm">
        <div className="mb-3 flex items-start justify-between">
          <h2 className="px-5 text-lg font-bold">CloudTrail</h2>
          <CloseButton onClose={onClose} closeRef={closeRef} />
        </div>
        <ul>{link("Event history", "/cloudtrail/event-history")}</ul>
        <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Related consoles</h3>
        <ul>{link("IAM", "/iam")}</ul>
      </nav>
    );
  }
  if (path.startsWith("/rolesanywhere")) {
    return (
      <nav aria-label="IAM Roles Anywhere" className="h-full w-64 shrink-0 border-r border-aws-divider bg-white py-4 text-sm">
        <div className="mb-3 flex items-start justify-between">
          <h2 className="px-5 text-lg font-bold">IAM Roles Anywhere</h2>
          <CloseButton onClose={onClose} closeRef={closeRef} />
        </div>
        <ul>{ROLES_ANYWHERE.map(([label, href]) => link(label, href))}</ul>
        <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Related consoles</h3>
        <ul>{link("IAM", "/iam")}</ul>
      </nav>
    );
  }
  return (
    <nav aria-label="IAM" className="h-full w-64 shrink-0 border-r border-aws-divider bg-white py-4 text-sm">
      <div className="mb-3 flex items-start justify-between">
        <h2 className="px-5 text-lg font-bold">Identity and Access Management (IAM)</h2>
        <CloseButton onClose={onClose} closeRef={closeRef} />
      </div>
      <ul>{link("Dashboard", "/iam")}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Access management</h3>
      <ul>{ACCESS_MANAGEMENT.map(([label, href]) => link(label, href))}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Access reports</h3>
      <ul>{link("Access graph", "/iam/access-graph")}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Tools</h3>
      <ul>{link("Policy simulator", "/policysim")}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Related consoles</h3>
      <ul>{link("CloudTrail event history", "/cloudtrail/event-history")}</ul>
      <h3 className="mt-4 mb-1 px-5 font-bold text-aws-muted">Training</h3>
      <ul>{link("Labs", "/labs")}</ul>
    </nav>
  );
}

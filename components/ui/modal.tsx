"use client";
// Cloudscape's Modal on Radix Dialog (focus trap, Escape, aria wiring handled by Radix).
import * as Dialog from "@radix-ui/react-dialog";
import { useLayoutEffect, useRef } from "react";

export function Modal({
  open,
  onOpenChange,
  title,
  children,
  footer,
  size = "medium",
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: React.ReactNode;
  children: React.ReactNode;
  footer?: React.ReactNode;
  size?: "medium" | "large";
}) {
  // Our modals open from state, not from a Dialog.Trigger, so Radix has no trigger to refocus on close:
  // remember what had focus when the modal opened (a layout effect runs before Radix moves focus in)
  // and return there, as Cloudscape does, instead of dropping focus to <body>.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) opener.current = document.activeElement;
  }, [open]);
  const returnFocus = (e: Event) => {
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) {
      e.preventDefault();
      target.focus();
    }
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-[#0f1b2a]/70" />
        <Dialog.Content
          aria-describedby={undefined}
          onCloseAutoFocus={returnFocus}
          className={`fixed top-16 left-1/2 z-50 max-h-[85vh] w-[calc(100%-2rem)] -translate-x-1/2 overflow-auto rounded-2xl bg-white shadow-xl ${size === "large" ? "max-w-4xl" : "max-w-xl"}`}
        >
          <div className="flex items-start justify-between border-b border-aws-divider px-5 py-4">
            <Dialog.Title className="text-lg font-bold">{title}</Dialog.Title>
            <Dialog.Close aria-label="Close modal" className="px-2 text-xl text-aws-muted hover:text-aws-ink">
              ×
            </Dialog.Close>
          </div>
          <div className="px-5 py-4">{children}</div>
          {footer && <div className="flex justify-end gap-2 border-t border-aws-divider px-5 py-3">{footer}</div>}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

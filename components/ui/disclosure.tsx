"use client";
// A disclosure: a real button (role button, aria-expanded, aria-controls) that shows or hides the
// region below it. Used for "Why?" so tests and demos find it as getByRole("button", { name: "Why?" })
// and can assert whether it is open — a <details>/<summary> exposes neither reliably.
import { useId, useState } from "react";

export function Disclosure({
  label,
  className,
  labelClassName = "font-bold text-aws-blue",
  children,
}: {
  label: string;
  className?: string;
  labelClassName?: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={className}>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)} className={`inline-flex cursor-pointer items-center gap-1 ${labelClassName}`}>
        <svg viewBox="0 0 6 10" className={`size-2.5 ${open ? "rotate-90" : ""}`} aria-hidden>
          <path d="M0 0l6 5-6 5z" fill="currentColor" />
        </svg>
        {label}
      </button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}

// A navigation that looks like a Button (Cloudscape's Button with href), e.g. "Create group".
import Link from "next/link";
import { buttonClass, type Variant } from "./button";

export function LinkButton({ href, variant = "normal", children }: { href: string; variant?: Exclude<Variant, "icon">; children: React.ReactNode }) {
  return (
    <Link href={href} className={buttonClass(variant, "no-underline hover:no-underline")}>
      {children}
    </Link>
  );
}

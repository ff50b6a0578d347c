import { forwardRef } from "react";

export type Variant = "primary" | "normal" | "link" | "icon";

const STYLES: Record<Variant, string> = {
  primary:
    "rounded-full bg-aws-blue px-5 py-1 font-bold text-white hover:bg-aws-blue-dark dark:text-[#000716] disabled:bg-[#e9ebed] disabled:text-[#9ba7b6]",
  normal:
    "rounded-full border-2 border-aws-blue bg-white px-5 py-[2px] font-bold text-aws-blue hover:bg-aws-blue-light hover:text-aws-blue-dark disabled:border-[#9ba7b6] disabled:text-[#9ba7b6] disabled:bg-white",
  link: "px-1 font-bold text-aws-blue hover:text-aws-blue-dark disabled:text-[#9ba7b6]",
  icon: "rounded-full border-2 border-aws-blue bg-white px-2 py-[2px] text-aws-blue hover:bg-aws-blue-light disabled:border-[#9ba7b6] disabled:text-[#9ba7b6]",
};

const BASE = "inline-flex items-center gap-1 text-sm leading-6 disabled:cursor-not-allowed";

/** The classes of a Button, for a link that must look like one. */
export function buttonClass(variant: Variant = "normal", className = ""): string {
  return `${BASE} ${STYLES[variant]} ${className}`;
}

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  loading?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = "normal", loading, className = "", disabled, children, type = "button", ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={buttonClass(variant, className)}
      {...rest}
    >
      {loading && <span aria-hidden className="size-3 rounded-full motion-safe:animate-spin border-2 border-current border-t-transparent" />}
      {children}
    </button>
  );
});

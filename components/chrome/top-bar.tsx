import Link from "next/link";
import { AccountMenu, type MenuIdentity } from "./account-menu";
import { TopSearch } from "./top-search";
import { ACCOUNT_COLOR_HEX, ACCOUNT_COLOR_LABELS, type AccountColor } from "@/lib/console-settings/account-colors";

/**
 * The console's dark top navigation: logo, service search, region ("Global" for IAM), account menu.
 * An account colour (uxc) underlines the bar and marks the account menu, for everyone in the account;
 * a switched-to role keeps its own colour on the menu button beside it.
 */
export function TopBar({ identity, accountColor = "none" }: { identity: MenuIdentity; accountColor?: AccountColor }) {
  const hex = accountColor === "none" ? undefined : ACCOUNT_COLOR_HEX[accountColor];
  return (
    <header
      className="flex h-10 items-center gap-4 bg-aws-nav px-4 text-white"
      style={hex ? { boxShadow: `inset 0 -3px 0 ${hex}` } : undefined}
      data-account-color={hex ? accountColor : undefined}
    >
      <Link href="/iam" className="font-bold text-white hover:no-underline" aria-label="AWS console home">
        <span className="text-aws-orange">aws</span>
      </Link>
      <div className="hidden max-w-md flex-1 md:block">
        <TopSearch />
      </div>
      <div className="ml-auto flex items-center gap-4 text-sm">
        <span aria-label="Region">Global</span>
        {hex && (
          <span
            role="img"
            aria-label={`Account color: ${ACCOUNT_COLOR_LABELS[accountColor]}`}
            className="inline-block size-3.5 rounded-sm ring-1 ring-white/60"
            style={{ backgroundColor: hex }}
          />
        )}
        <AccountMenu identity={identity} accountColor={accountColor} />
      </div>
    </header>
  );
}

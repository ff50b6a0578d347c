import Link from "next/link";
import { AccountMenu, type MenuIdentity } from "./account-menu";
import { TopSearch } from "./top-search";

/** The console's dark top navigation: logo, service search, region ("Global" for IAM), account menu. */
export function TopBar({ identity }: { identity: MenuIdentity }) {
  return (
    <header className="flex h-10 items-center gap-4 bg-aws-nav px-4 text-white">
      <Link href="/iam" className="font-bold text-white hover:no-underline" aria-label="AWS console home">
        <span className="text-aws-orange">aws</span>
      </Link>
      <div className="hidden max-w-md flex-1 md:block">
        <TopSearch />
      </div>
      <div className="ml-auto flex items-center gap-4 text-sm">
        <span aria-label="Region">Global</span>
        <AccountMenu identity={identity} />
      </div>
    </header>
  );
}

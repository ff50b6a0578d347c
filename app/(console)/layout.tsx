import { redirect } from "next/navigation";
import { getCaller } from "@/lib/auth/get-caller";
import { db } from "@/lib/db";
import { Providers } from "@/components/providers";
import { FlashProvider } from "@/components/ui/flashbar";
import { TopBar } from "@/components/chrome/top-bar";
import { SideNav } from "@/components/chrome/side-nav";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const caller = await getCaller();
  if (!caller) redirect("/signin");
  const account = await db.account.findUnique({ where: { id: caller.accountId }, select: { alias: true } });
  return (
    <Providers>
      <FlashProvider>
        <TopBar
          identity={{
            kind: caller.kind,
            name: caller.kind === "root" ? (account?.alias ?? caller.accountId) : (caller.userName ?? caller.arn),
            arn: caller.arn,
            accountId: caller.accountId,
            accountAlias: account?.alias ?? null,
          }}
        />
        <div className="flex min-h-[calc(100vh-40px)]">
          <SideNav />
          <main className="min-w-0 flex-1 bg-aws-bg px-8 py-4">{children}</main>
        </div>
      </FlashProvider>
    </Providers>
  );
}

// Join a sandbox from a link (SANDBOX_MODE=multi, training spec §6): /sandboxes/join?code=… shows the
// join form with the code filled in; pressing Join makes this browser the sandbox's owner.
import { notFound } from "next/navigation";
import { Providers } from "@/components/providers";
import { JoinPage } from "@/components/sandboxes/join-page";
import { isMultiSandbox } from "@/lib/sandbox/mode";

export const dynamic = "force-dynamic";

export default async function SandboxJoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!isMultiSandbox()) notFound();
  const { code } = await searchParams;
  return (
    <main className="mx-auto max-w-4xl bg-aws-bg px-4 py-8">
      <h1 className="mb-4 text-2xl font-bold">Join a sandbox</h1>
      <p className="mb-4 text-sm">
        Your instructor made this sandbox for you. Join it to make it yours: after that, only this browser can sign in to it.
      </p>
      <Providers>
        <JoinPage code={typeof code === "string" ? code.slice(0, 64) : ""} />
      </Providers>
    </main>
  );
}

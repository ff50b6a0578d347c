// Sandboxes (SANDBOX_MODE=multi, training spec §6): a learner's own sandboxes, started from the template,
// with the credentials to sign in to them. Outside the console: nobody is signed in before a sandbox exists.
import { Providers } from "@/components/providers";
import { SandboxList } from "@/components/sandboxes/sandbox-list";

export const dynamic = "force-dynamic";

export default function SandboxesPage() {
  return (
    <main className="mx-auto max-w-4xl bg-aws-bg px-4 py-8">
      <h1 className="mb-4 text-2xl font-bold">Your sandboxes</h1>
      <p className="mb-4 text-sm">
        Each sandbox is an organization of your own with two accounts (identity and workload-dev), their users and access
        keys. Nobody else can sign in to it or reach it from their sandbox.
      </p>
      <Providers>
        <SandboxList />
      </Providers>
    </main>
  );
}

// The instructor's view of a training server (SANDBOX_MODE=multi, training spec §6): sign in with the
// instructor token, then see every sandbox (learner, accounts, created, last used, lab progress), make
// one for a learner with a join code, issue a new code, delete. A learner sees only the sign-in form;
// the data routes answer them 403. Single mode has no classroom: 404.
import { notFound } from "next/navigation";
import { Providers } from "@/components/providers";
import { InstructorRoster } from "@/components/sandboxes/instructor-roster";
import { InstructorSignIn } from "@/components/sandboxes/instructor-sign-in";
import { instructorProof } from "@/lib/api/instructor-session";
import { isMultiSandbox } from "@/lib/sandbox/mode";

export const dynamic = "force-dynamic";

export default async function InstructorPage() {
  if (!isMultiSandbox()) notFound();
  const instructor = (await instructorProof()) !== null;
  return (
    <main className="mx-auto max-w-6xl bg-aws-bg px-4 py-8">
      <h1 className="mb-4 text-2xl font-bold">{instructor ? "Classroom sandboxes" : "Instructor sign-in"}</h1>
      <Providers>{instructor ? <InstructorRoster /> : <InstructorSignIn />}</Providers>
    </main>
  );
}

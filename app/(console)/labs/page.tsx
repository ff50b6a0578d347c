import { LabCatalog } from "@/components/labs/lab-catalog";
import { isMultiSandbox } from "@/lib/sandbox/mode";

export default function LabsPage() {
  return (
    <>
      {/* A training server (SANDBOX_MODE=multi): the learner's sandboxes and their credentials. */}
      {isMultiSandbox() && (
        <p className="mb-3 text-sm">
          <a href="/sandboxes" className="font-bold text-aws-blue underline hover:text-aws-blue-dark">Your sandboxes</a>: start a new one or see its credentials.
        </p>
      )}
      <LabCatalog />
    </>
  );
}

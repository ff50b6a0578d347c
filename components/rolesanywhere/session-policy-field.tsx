"use client";
// A profile's inline session policy: a JSON textarea with its problem tied by aria-describedby
// (Create a profile and Edit profile).
import { useId } from "react";
import { sessionPolicyError } from "./profile-fields";

export function SessionPolicyField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const policyId = useId();
  const problem = sessionPolicyError(value);
  return (
    <>
      <label htmlFor={policyId} className="mt-4 block font-bold">
        Inline policy
      </label>
      <p id={`${policyId}-desc`} className="text-sm text-aws-muted">
        A policy document in JSON.
      </p>
      <textarea
        id={policyId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={8}
        spellCheck={false}
        aria-describedby={`${policyId}-desc${problem ? ` ${policyId}-err` : ""}`}
        aria-invalid={problem ? true : undefined}
        placeholder='{"Version": "2012-10-17", "Statement": [...]}'
        className={`mt-1 w-full rounded-lg border-2 px-3 py-1 font-mono text-xs focus:border-aws-blue focus:outline-none ${problem ? "border-aws-red" : "border-aws-border"}`}
      />
      {problem && (
        <div id={`${policyId}-err`} className="mt-1 text-sm text-aws-red">
          {problem}
        </div>
      )}
    </>
  );
}

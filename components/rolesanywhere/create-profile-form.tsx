"use client";
// "Create a profile": a name, the roles it may hand out (each shown with whether its trust lets Roles
// Anywhere assume it), session policies (managed policies and an inline JSON policy) and the session
// duration (900–43200 s, 3600 by default), then tags. Roles Anywhere checks everything again.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/getting-started.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateProfile.html
import { InfoLink } from "@/components/help/info-link";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { TagsEditor } from "@/components/roles/create/tags-editor";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import { ManagedPolicyPicker } from "./managed-policy-picker";
import { nameError, NAME_CONSTRAINT } from "./names";
import { MAX_PROFILE_ROLES, RolePicker } from "./role-picker";
import { profileHref } from "./types";
import { useCreateProfile, type CreateTag } from "./use-roles-anywhere";

export const MIN_DURATION = 900;
export const MAX_DURATION = 43200;

/** The duration field's problem, if any: whole seconds from 900 to 43200 (CreateProfile's range). */
export function durationError(text: string): string | null {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < MIN_DURATION || n > MAX_DURATION) return `Enter a whole number of seconds from ${MIN_DURATION} to ${MAX_DURATION}.`;
  return null;
}

/** The inline session policy's problem, if any: empty, or a JSON object. */
export function sessionPolicyError(text: string): string | null {
  if (!text.trim()) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? null : "The session policy must be a JSON object.";
  } catch {
    return "The session policy is not valid JSON.";
  }
}

function rolesError(arns: string[]): string | null {
  if (arns.length === 0) return "Choose at least one role.";
  if (arns.length > MAX_PROFILE_ROLES) return `A profile can name at most ${MAX_PROFILE_ROLES} roles.`;
  return null;
}

export function CreateProfileForm() {
  const router = useRouter();
  const { push } = useFlash();
  const create = useCreateProfile();
  const policyId = useId();
  const [name, setName] = useState("");
  const [roleArns, setRoleArns] = useState<string[]>([]);
  const [managed, setManaged] = useState<string[]>([]);
  const [sessionPolicy, setSessionPolicy] = useState("");
  const [duration, setDuration] = useState("3600");
  const [tags, setTags] = useState<CreateTag[]>([]);
  const [attempted, setAttempted] = useState(false);
  const shown = (e: string | null) => (attempted ? e : null);
  const policyProblem = sessionPolicyError(sessionPolicy);

  const submit = () => {
    setAttempted(true);
    if (nameError(name) || rolesError(roleArns) || policyProblem || durationError(duration)) return;
    create.mutate(
      { name, roleArns, managedPolicyArns: managed, sessionPolicy: sessionPolicy.trim() || undefined, durationSeconds: Number(duration), tags },
      {
        onSuccess: (profile) => {
          push({ type: "success", content: `Profile ${name} created.` });
          router.push(profileHref(profile.profileId));
        },
      },
    );
  };

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">
        Create a profile <InfoLink />
      </h1>
      <Container title="Profile details">
        <TextField label="Profile name" value={name} onChange={setName} constraint={NAME_CONSTRAINT} error={shown(nameError(name))} />
      </Container>
      <Container
        title="Roles"
        description="The roles a workload can assume with this profile. A role's trust policy must allow rolesanywhere.amazonaws.com the sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity actions."
      >
        <RolePicker selected={roleArns} onChange={setRoleArns} error={shown(rolesError(roleArns))} />
      </Container>
      <Container title="Session policies - optional" description="Session policies limit the permissions of the credentials a workload receives: it gets only what both the role and these policies allow.">
        <h3 className="mb-2 font-bold">Managed policies</h3>
        <ManagedPolicyPicker selected={managed} onChange={setManaged} />
        <label htmlFor={policyId} className="mt-4 block font-bold">
          Inline policy
        </label>
        <p id={`${policyId}-desc`} className="text-sm text-aws-muted">
          A policy document in JSON.
        </p>
        <textarea
          id={policyId}
          value={sessionPolicy}
          onChange={(e) => setSessionPolicy(e.target.value)}
          rows={8}
          spellCheck={false}
          aria-describedby={`${policyId}-desc${policyProblem ? ` ${policyId}-err` : ""}`}
          aria-invalid={policyProblem ? true : undefined}
          placeholder='{"Version": "2012-10-17", "Statement": [...]}'
          className={`mt-1 w-full rounded-lg border-2 px-3 py-1 font-mono text-xs focus:border-aws-blue focus:outline-none ${policyProblem ? "border-aws-red" : "border-aws-border"}`}
        />
        {policyProblem && (
          <div id={`${policyId}-err`} className="mt-1 text-sm text-aws-red">
            {policyProblem}
          </div>
        )}
      </Container>
      <Container title="Session duration">
        <TextField
          label="Duration (seconds)"
          value={duration}
          onChange={setDuration}
          inputMode="numeric"
          description="How long the credentials a workload receives stay valid."
          constraint={`From ${MIN_DURATION} seconds (15 minutes) to ${MAX_DURATION} seconds (12 hours). The default is 3600.`}
          error={shown(durationError(duration))}
        />
      </Container>
      <Container title="Tags - optional" description="A tag is a label that you assign to an AWS resource.">
        <TagsEditor tags={tags} onChange={setTags} />
      </Container>
      {create.error && <ErrorAlert error={create.error} />}
      <div className="flex justify-end gap-2">
        <Link href="/rolesanywhere/home" className="px-2 py-1 font-bold">
          Cancel
        </Link>
        <Button variant="primary" loading={create.isPending} onClick={submit}>
          Create a profile
        </Button>
      </div>
    </div>
  );
}

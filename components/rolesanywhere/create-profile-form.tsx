"use client";
// "Create a profile": a name, the roles it may hand out (each shown with whether its trust lets Roles
// Anywhere assume it), session policies (managed policies and an inline JSON policy) and the session
// duration (900–43200 s, 3600 by default), then tags. Roles Anywhere checks everything again.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/getting-started.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateProfile.html
import { InfoLink } from "@/components/help/info-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import { ManagedPolicyPicker } from "./managed-policy-picker";
import { nameError, NAME_CONSTRAINT } from "./names";
import { DURATION_CONSTRAINT, durationError, rolesError, sessionPolicyError } from "./profile-fields";
import { RolePicker } from "./role-picker";
import { SessionPolicyField } from "./session-policy-field";
import { profileHref } from "./types";
import { useCreateProfile, type CreateTag } from "./use-roles-anywhere";
import { CreateFormEnd } from "./create-form-end";

export function CreateProfileForm() {
  const router = useRouter();
  const { push } = useFlash();
  const create = useCreateProfile();
  const [name, setName] = useState("");
  const [roleArns, setRoleArns] = useState<string[]>([]);
  const [managed, setManaged] = useState<string[]>([]);
  const [sessionPolicy, setSessionPolicy] = useState("");
  const [duration, setDuration] = useState("3600");
  const [tags, setTags] = useState<CreateTag[]>([]);
  const [attempted, setAttempted] = useState(false);
  const shown = (e: string | null) => (attempted ? e : null);

  const submit = () => {
    setAttempted(true);
    if (nameError(name) || rolesError(roleArns) || sessionPolicyError(sessionPolicy) || durationError(duration)) return;
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
        <SessionPolicyField value={sessionPolicy} onChange={setSessionPolicy} />
      </Container>
      <Container title="Session duration">
        <TextField
          label="Duration (seconds)"
          value={duration}
          onChange={setDuration}
          inputMode="numeric"
          description="How long the credentials a workload receives stay valid."
          constraint={DURATION_CONSTRAINT}
          error={shown(durationError(duration))}
        />
      </Container>
      <CreateFormEnd tags={tags} onTagsChange={setTags} create={create} submitLabel="Create a profile" onSubmit={submit} />
    </div>
  );
}

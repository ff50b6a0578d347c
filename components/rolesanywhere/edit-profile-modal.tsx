"use client";
// "Edit profile" (UpdateProfile): name, roles, session policies (managed and inline), session duration
// and whether a workload may set its role session name. Require instance properties is shown but not
// editable: UpdateProfile does not take it [DOC: the API reference's UpdateProfile request members].
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_UpdateProfile.html
import { InfoLink } from "@/components/help/info-link";
import { useState } from "react";
import { TextField } from "@/components/ui/text-field";
import { MutationFormModal } from "./flash-mutation";
import { ManagedPolicyPicker } from "./managed-policy-picker";
import { nameError, NAME_CONSTRAINT } from "./names";
import { DURATION_CONSTRAINT, durationError, rolesError, sessionPolicyError } from "./profile-fields";
import { RolePicker } from "./role-picker";
import { SessionPolicyField } from "./session-policy-field";
import type { Profile } from "./types";
import { useUpdateProfile } from "./use-roles-anywhere";

export function EditProfileModal({ profile, onClose }: { profile: Profile; onClose: () => void }) {
  const update = useUpdateProfile(profile.profileId);
  const [name, setName] = useState(profile.name);
  const [roleArns, setRoleArns] = useState(profile.roleArns);
  const [managed, setManaged] = useState(profile.managedPolicyArns);
  const [sessionPolicy, setSessionPolicy] = useState(profile.sessionPolicy ?? "");
  const [duration, setDuration] = useState(String(profile.durationSeconds));
  const [acceptName, setAcceptName] = useState(profile.acceptRoleSessionName);
  const invalid = Boolean(nameError(name) || rolesError(roleArns) || sessionPolicyError(sessionPolicy) || durationError(duration));

  return (
    <MutationFormModal
      title={`Edit profile ${profile.name}`}
      formId="edit-profile"
      mutation={update}
      variables={{
        name,
        roleArns,
        managedPolicyArns: managed,
        sessionPolicy: sessionPolicy.trim() || undefined,
        durationSeconds: Number(duration),
        acceptRoleSessionName: acceptName,
      }}
      success={`Profile ${name} updated.`}
      invalid={invalid}
      onClose={onClose}
    >
      {(shown) => (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-aws-muted">
            Changes apply to the next CreateSession. <InfoLink topic="ra-edit-profile" />
          </p>
          <TextField label="Profile name" value={name} onChange={setName} constraint={NAME_CONSTRAINT} error={shown ? nameError(name) : null} />
          <div>
            <h3 className="mb-2 font-bold">Roles</h3>
            <RolePicker selected={roleArns} onChange={setRoleArns} error={shown ? rolesError(roleArns) : null} />
          </div>
          <div>
            <h3 className="mb-2 font-bold">Managed policies</h3>
            <ManagedPolicyPicker selected={managed} onChange={setManaged} />
            <SessionPolicyField value={sessionPolicy} onChange={setSessionPolicy} />
          </div>
          <TextField
            label="Duration (seconds)"
            value={duration}
            onChange={setDuration}
            inputMode="numeric"
            constraint={DURATION_CONSTRAINT}
            error={shown ? durationError(duration) : null}
          />
          <label className="flex items-start gap-2">
            <input type="checkbox" className="mt-1" checked={acceptName} onChange={(e) => setAcceptName(e.target.checked)} />
            <span>
              <span className="font-bold">Accept custom role session name</span>
              <span className="block text-sm text-aws-muted">Let a workload name its role session (roleSessionName in CreateSession) instead of the certificate serial.</span>
            </span>
          </label>
          <p className="text-sm">
            <span className="font-bold">Require instance properties:</span> {profile.requireInstanceProperties ? "Yes" : "No"}{" "}
            <span className="text-aws-muted">(set when the profile is created; UpdateProfile does not change it)</span>
          </p>
        </div>
      )}
    </MutationFormModal>
  );
}

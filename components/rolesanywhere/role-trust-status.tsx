// Whether a role can be used by Roles Anywhere, from its trust policy: the service principal
// rolesanywhere.amazonaws.com must be allowed sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html#trust-policy
import type { RoleChoice } from "./types";

export function RoleTrustStatus({ role }: { role: RoleChoice }) {
  if (!role.trustsRolesAnywhere) {
    return (
      <span className="inline-flex items-center gap-1 text-aws-muted">
        <span aria-hidden>○</span>
        <span>Does not trust rolesanywhere.amazonaws.com</span>
      </span>
    );
  }
  if (role.missingActions.length > 0) {
    return (
      <span className="inline-flex items-center gap-1 text-[#8d6605]">
        <span aria-hidden>⚠</span>
        <span>Trust is missing {role.missingActions.join(", ")}</span>
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 text-aws-green">
      <span aria-hidden>✓</span>
      <span>Trusts rolesanywhere.amazonaws.com</span>
    </span>
  );
}

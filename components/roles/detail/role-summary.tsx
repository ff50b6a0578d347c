"use client";
// The role page's Summary (console-spec §4.1): creation date, ARN, last activity, maximum session
// duration, instance profile ARN (when the role is in one), and the switch-role link for roles
// that trust an AWS account. Edit opens the description / session-duration modal.
import { InfoLink } from "@/components/help/info-link";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { CopyableText } from "@/components/ui/copy-button";
import { longDate, relativeTime } from "@/components/ui/time";
import { EditRoleModal } from "./edit-role-modal";
import { formatDuration } from "./format";
import type { RoleDetail } from "./types";

const noSubscribe = () => () => undefined;

export function RoleSummary({ detail }: { detail: RoleDetail }) {
  const [editing, setEditing] = useState(false);
  // The origin is only known in the browser; the server renders the link path alone.
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");
  const role = detail.Role;
  const switchLink =
    detail.SwitchRoleAccount && `${origin}/switchrole?roleName=${encodeURIComponent(detail.SwitchRoleName)}&account=${detail.SwitchRoleAccount}`;

  return (
    <Container title="Summary" info="role-summary" actions={<Button onClick={() => setEditing(true)}>Edit</Button>}>
      <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <KeyValue label="Creation date">{longDate(role.CreateDate)}</KeyValue>
        <KeyValue label="ARN">
          <CopyableText text={role.Arn} label="Copy ARN" testId="role-arn" />
        </KeyValue>
        <KeyValue label="Last activity">{relativeTime(role.RoleLastUsed?.LastUsedDate)}</KeyValue>
        <KeyValue
          label={
            <>
              Maximum session duration <InfoLink topic="role-session-duration" />
            </>
          }
        >{formatDuration(role.MaxSessionDuration ?? 3600)}</KeyValue>
        {detail.InstanceProfileArns.length > 0 && (
          <KeyValue label="Instance profile ARN">
            {detail.InstanceProfileArns.map((arn) => (
              <CopyableText key={arn} text={arn} label="Copy instance profile ARN" />
            ))}
          </KeyValue>
        )}
        {switchLink && (
          <KeyValue label="Link to switch roles in console">
            <CopyableText text={switchLink} label="Copy link to switch roles in console" testId="switch-role-link" />
          </KeyValue>
        )}
      </dl>
      <EditRoleModal detail={detail} open={editing} onOpenChange={setEditing} />
    </Container>
  );
}

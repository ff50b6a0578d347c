"use client";
// A trust anchor's "Notification settings" section: each expiry event's status, threshold (days) and
// who configured it; Edit (PutNotificationSettings) in a dialog and Reset to default
// (ResetNotificationSettings) for one the account changed.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_PutNotificationSettings.html
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { TextField } from "@/components/ui/text-field";
import { MutationFormModal, useFlashMutate } from "./flash-mutation";
import { SectionTable } from "./section-table";
import { EnabledStatus } from "./status";
import type { TrustAnchor } from "./types";
import { usePutNotificationSetting, useResetNotificationSetting } from "./use-roles-anywhere";

type Setting = TrustAnchor["notificationSettings"][number];

const EVENT_LABEL: Record<string, string> = {
  CA_CERTIFICATE_EXPIRY: "CA certificate expiry",
  END_ENTITY_CERTIFICATE_EXPIRY: "End-entity certificate expiry",
};
const SERVICE = "rolesanywhere.amazonaws.com";

const thresholdError = (text: string) => (/^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 360 ? null : "Enter a whole number of days from 1 to 360.");

function EditSettingModal({ trustAnchorId, setting, onClose }: { trustAnchorId: string; setting: Setting; onClose: () => void }) {
  const put = usePutNotificationSetting(trustAnchorId);
  const [enabled, setEnabled] = useState(setting.enabled);
  const [threshold, setThreshold] = useState(String(setting.threshold ?? 45));
  const label = EVENT_LABEL[setting.event] ?? setting.event;
  return (
    <MutationFormModal
      title={`Edit notification: ${label}`}
      formId="edit-notification"
      mutation={put}
      variables={{ event: setting.event, enabled, ...(enabled || !thresholdError(threshold) ? { threshold: Number(threshold) } : {}) }}
      success={`Notification setting ${label} saved.`}
      invalid={enabled && Boolean(thresholdError(threshold))}
      onClose={onClose}
    >
      {(shown) => (
        <div className="flex flex-col gap-4">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            Notify
          </label>
          <TextField
            label="Days before expiry"
            value={threshold}
            onChange={setThreshold}
            inputMode="numeric"
            constraint="From 1 to 360 days."
            error={shown && enabled ? thresholdError(threshold) : null}
          />
        </div>
      )}
    </MutationFormModal>
  );
}

export function NotificationSettings({ anchor }: { anchor: TrustAnchor }) {
  const reset = useResetNotificationSetting(anchor.trustAnchorId);
  const resetTo = useFlashMutate(reset);
  const [editing, setEditing] = useState<Setting | null>(null);
  return (
    <Container title="Notification settings" info="ra-notifications" description="When IAM Roles Anywhere warns that a certificate is about to expire.">
      <SectionTable label="Notification settings" columns={["Event", "Status", "Days before", "Configured by"]}>
          {anchor.notificationSettings.map((s) => {
            const label = EVENT_LABEL[s.event] ?? s.event;
            return (
              <tr key={`${s.event}/${s.channel}`} className="border-t border-aws-border">
                <td className="py-2">{label}</td>
                <td className="py-2">
                  <EnabledStatus enabled={s.enabled} />
                </td>
                <td className="py-2">{s.threshold ?? "-"}</td>
                <td className="py-2 font-mono text-xs">{s.configuredBy}</td>
                <td className="flex justify-end gap-2 py-2">
                  <Button onClick={() => setEditing(s)} aria-label={`Edit ${label}`}>
                    Edit
                  </Button>
                  {s.configuredBy !== SERVICE && (
                    <Button
                      loading={reset.isPending}
                      aria-label={`Reset ${label} to default`}
                      onClick={() => resetTo(s.event, `Notification setting ${label} reset to default.`)}
                    >
                      Reset to default
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
      </SectionTable>
      {editing && <EditSettingModal trustAnchorId={anchor.trustAnchorId} setting={editing} onClose={() => setEditing(null)} />}
    </Container>
  );
}

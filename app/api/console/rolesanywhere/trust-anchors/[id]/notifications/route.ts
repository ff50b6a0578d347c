// A trust anchor's Notification settings section. PUT {event, enabled, threshold?}:
// PutNotificationSettings for that event (channel ALL). DELETE ?event=…: ResetNotificationSettings.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { putNotificationSettings, raArn, resetNotificationSettings } from "@/lib/rolesanywhere";
import { ZId } from "../../../shared";

const arn = ({ caller, params }: { caller: { accountId: string }; params: { id: string } }) => raArn(caller.accountId, "trust-anchor", params.id);

export const PUT = withConsoleApi({
  action: "rolesanywhere:PutNotificationSettings",
  params: ZId,
  body: z.object({ event: z.string().max(64), enabled: z.boolean(), threshold: z.number().int().optional() }).strict(),
  resource: arn,
  trail: ({ params, body }) => ({ request: { TrustAnchorId: params.id, NotificationSettings: [{ Event: body.event, Enabled: body.enabled, Threshold: body.threshold }] } }),
  handler: ({ caller, params, body }) => putNotificationSettings(caller, { trustAnchorId: params.id, notificationSettings: [body] }),
});

export const DELETE = withConsoleApi({
  action: "rolesanywhere:ResetNotificationSettings",
  params: ZId,
  query: z.object({ event: z.string().max(64) }),
  resource: arn,
  trail: ({ params, query }) => ({ request: { TrustAnchorId: params.id, NotificationSettingKeys: [{ Event: query.event }] } }),
  handler: ({ caller, params, query }) => resetNotificationSettings(caller, { trustAnchorId: params.id, notificationSettingKeys: [{ event: query.event }] }),
});

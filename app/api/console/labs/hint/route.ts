// POST { stepId }: reveal the step's next hint (one at a time; counted in the attempt).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { currentLab, knownStep, labs, ZStepId } from "@/lib/api/lab-routes";

export const POST = withConsoleApi({
  action: "console:RevealLabHint",
  body: ZStepId,
  handler: async ({ caller, body }) => {
    const { seat, view } = await currentLab(caller);
    knownStep(view, body.stepId);
    return { lab: await labs().revealHint(seat, body.stepId) };
  },
});

// POST { stepId }: show the step's solution (the panel asked for confirmation; recorded in the attempt).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { currentLab, knownStep, labs, ZStepId } from "@/lib/api/lab-routes";

export const POST = withConsoleApi({
  action: "console:ShowLabSolution",
  body: ZStepId,
  handler: async ({ caller, body }) => {
    const { seat, view } = await currentLab(caller);
    knownStep(view, body.stepId);
    return { lab: await labs().showSolution(seat, body.stepId) };
  },
});

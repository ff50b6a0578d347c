// POST: Finish: re-check the final steps and answer the summary (time, hints, solution viewed, lesson, next lab).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { currentLab, labs } from "@/lib/api/lab-routes";

export const POST = withConsoleApi({
  action: "console:FinishLab",
  handler: async () => {
    const { learner } = await currentLab();
    return { summary: await labs().finish(learner) };
  },
});

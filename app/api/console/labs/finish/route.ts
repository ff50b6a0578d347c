// POST: Finish: re-check the final steps and answer the summary (time, hints, solution viewed, lesson, next lab).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { currentLab, labs } from "@/lib/api/lab-routes";

export const POST = withConsoleApi({
  action: "console:FinishLab",
  handler: async ({ caller }) => {
    const { seat } = await currentLab(caller);
    return { summary: await labs().finish(seat) };
  },
});

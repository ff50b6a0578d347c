// POST: Reset lab: the current lab's setup again, keeping its history, hints and solution flags.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { currentLab, labs } from "@/lib/api/lab-routes";

export const POST = withConsoleApi({
  action: "console:ResetLab",
  handler: async ({ caller }) => {
    const { seat } = await currentLab(caller);
    return { lab: await labs().reset(seat) };
  },
});

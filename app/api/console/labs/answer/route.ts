// POST { checkId, value }: the learner's answer to a question check (compared by the engine, never echoed as right or wrong here).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { currentLab, knownAnswerCheck, labs, ZAnswer } from "@/lib/api/lab-routes";

export const POST = withConsoleApi({
  action: "console:AnswerLabQuestion",
  body: ZAnswer,
  handler: async ({ caller, body }) => {
    const { seat, view } = await currentLab(caller);
    knownAnswerCheck(view, body.checkId);
    return { lab: await labs().answer(seat, body.checkId, body.value) };
  },
});

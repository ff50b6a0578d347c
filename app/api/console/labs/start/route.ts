// POST { labId }: reset the sandbox to the template plus the lab's setup and open a new attempt
// (the catalog's Start and Restart, after the learner confirmed). An unknown lab is a 404.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { labLearner } from "@/lib/api/lab-learner";
import { knownLab, labs, ZLabId } from "@/lib/api/lab-routes";

export const POST = withConsoleApi({
  action: "console:StartLab",
  body: ZLabId,
  resource: ({ body }) => `lab ${body.labId}`,
  handler: async ({ body }) => {
    const learner = await labLearner();
    await knownLab(learner, body.labId);
    return { lab: await labs().start(learner, body.labId) };
  },
});

// POST { labId }: reset the sandbox to the template plus the lab's setup and open a new attempt
// (the catalog's Start and Restart, after the learner confirmed). An unknown lab is a 404.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { labSeat } from "@/lib/api/lab-seat";
import { knownLab, labs, ZLabId } from "@/lib/api/lab-routes";

export const POST = withConsoleApi({
  action: "console:StartLab",
  body: ZLabId,
  resource: ({ body }) => `lab ${body.labId}`,
  handler: async ({ caller, body }) => {
    const seat = await labSeat(caller);
    await knownLab(seat, body.labId);
    return { lab: await labs().start(seat, body.labId) };
  },
});

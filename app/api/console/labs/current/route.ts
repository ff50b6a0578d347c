// GET: the learner's lab in progress with its checks evaluated now (passes latch), or { lab: null }.
// The lab panel polls it every 3 s, so it writes no activity row. A platform read (lib/api/lab-routes.ts).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { labSeat } from "@/lib/api/lab-seat";
import { labs } from "@/lib/api/lab-routes";

export const GET = withConsoleApi({
  action: "console:GetCurrentLab",
  activity: false,
  handler: async ({ caller }) => ({ lab: await labs().current(await labSeat(caller)) }),
});

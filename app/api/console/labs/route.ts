// GET: the lab catalog with this browser's learner's status on each lab (spec training §5). A platform
// read, not an IAM action (lib/api/lab-routes.ts); polled, so it writes no activity row.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { labSeat } from "@/lib/api/lab-seat";
import { labs } from "@/lib/api/lab-routes";

export const GET = withConsoleApi({
  action: "console:ListLabs",
  activity: false,
  handler: async ({ caller }) => ({ labs: await labs().catalog(await labSeat(caller)) }),
});

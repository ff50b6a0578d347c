// GET: the Subject activity table (rolesanywhere:ListSubjects, every page).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { listSubjects } from "@/lib/rolesanywhere";
import { listAll } from "../shared";

export const GET = withConsoleApi({
  action: "rolesanywhere:ListSubjects",
  handler: async ({ caller }) => ({ subjects: await listAll((nextToken) => listSubjects(caller, { nextToken }), (p) => p.subjects) }),
});

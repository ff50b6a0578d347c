// GET: every AWS service the visual policy editor's "Select a service" offers. Public catalogue
// data, so any signed-in caller may read it.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { listCatalogServices } from "@/lib/iam/console/service-catalog";

export const GET = withConsoleApi({
  action: "console:ListCatalogServices",
  handler: async () => ({ services: await listCatalogServices() }),
});

// GET: one service's actions (with access level) and resource types, for the visual policy editor.
// Public catalogue data, so any signed-in caller may read it.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { describeCatalogService } from "@/lib/iam/console/service-catalog";

const ZParams = z.object({ service: z.string().regex(/^[a-z0-9-]{1,64}$/i, "must be a service prefix") });

export const GET = withConsoleApi({
  action: "console:GetCatalogService",
  params: ZParams,
  resource: ({ params }) => params.service,
  handler: ({ params }) => describeCatalogService(params.service),
});

// GET ?actions=s3:GetObject,sts:AssumeRole: the Action Settings rows' resource types (with ARN
// templates) and condition keys. Public catalogue data, so any signed-in caller may read it.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { actionSettings } from "@/lib/iam/simulate/action-settings";
import { ZAction } from "../schemas";

const ZQuery = z
  .object({ actions: z.string().max(20000).transform((s) => s.split(",").filter(Boolean)).pipe(z.array(ZAction).min(1).max(200)) })
  .strict();

export const GET = withConsoleApi({
  action: "console:GetCatalogActions",
  query: ZQuery,
  handler: ({ query }) => actionSettings(query.actions),
});

// The CRL operations of the Roles Anywhere REST-JSON API (rolesanywhere 2018-05-10 model): ImportCrl,
// ListCrls, GetCrl, UpdateCrl, DeleteCrl, EnableCrl, DisableCrl. crlData is a blob: base64 in JSON.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ImportCrl.html
import * as ra from "../index";
import { optBlob, optBool, optString, optTags } from "./input";
import { resourceRoutes } from "./resource-routes";
import type { Route } from "./routes";

const crl = (detail: ra.CrlDetail) => ({ crl: detail });

export const CRL_ROUTES: Route[] = [
  {
    method: "POST",
    uri: "/crls",
    operation: "ImportCrl",
    status: 201,
    run: async (c, { body }) =>
      crl(
        await ra.importCrl(c, {
          name: optString(body, "name")!,
          crlData: optBlob(body, "crlData")!,
          trustAnchorArn: optString(body, "trustAnchorArn")!,
          enabled: optBool(body, "enabled"),
          tags: optTags(body),
        }),
      ),
  },
  {
    method: "PATCH",
    uri: "/crl/{crlId}",
    operation: "UpdateCrl",
    status: 200,
    run: async (c, { labels, body }) => crl(await ra.updateCrl(c, { crlId: labels.crlId, name: optString(body, "name"), crlData: optBlob(body, "crlData") })),
  },
  ...resourceRoutes("Crl", crl, { list: ra.listCrls, get: ra.getCrl, remove: ra.deleteCrl, enable: ra.enableCrl, disable: ra.disableCrl }),
];

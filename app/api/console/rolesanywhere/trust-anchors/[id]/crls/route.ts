// A trust anchor's Certificate revocation lists section. GET: the account's CRLs for this anchor
// (ListCrls, every page, kept to this anchor's). POST {name, crl (PEM), enabled}: ImportCrl for it.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { importCrl, listCrls, raArn } from "@/lib/rolesanywhere";
import { listAll, ZId } from "../../../shared";

const anchorArn = (accountId: string, id: string) => raArn(accountId, "trust-anchor", id);

export const GET = withConsoleApi({
  action: "rolesanywhere:ListCrls",
  params: ZId,
  handler: async ({ caller, params }) => {
    const all = await listAll((nextToken) => listCrls(caller, { nextToken }), (p) => p.crls);
    return { crls: all.filter((c) => c.trustAnchorArn === anchorArn(caller.accountId, params.id)) };
  },
});

export const POST = withConsoleApi({
  action: "rolesanywhere:ImportCrl",
  params: ZId,
  body: z.object({ name: z.string().max(1000), crl: z.string().max(400_000), enabled: z.boolean() }).strict(),
  trail: ({ caller, params, body }) => ({ request: { Name: body.name, TrustAnchorArn: anchorArn(caller.accountId, params.id), Enabled: body.enabled } }),
  handler: ({ caller, params, body }) => importCrl(caller, { name: body.name, crlData: Buffer.from(body.crl, "utf8"), trustAnchorArn: anchorArn(caller.accountId, params.id), enabled: body.enabled }),
});

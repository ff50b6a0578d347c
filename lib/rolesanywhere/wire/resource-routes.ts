// The routes every Roles Anywhere resource with an enabled flag has alike in the model (trust anchors,
// profiles, CRLs): List<Noun>s GET /<noun>s, Get/Delete<Noun> GET|DELETE /<noun>/{<noun>Id},
// Enable/Disable<Noun> POST /<noun>/{<noun>Id}/enable|disable (URIs lowercase, the label camelCase),
// each answering { <noun>: detail } but List, which answers the list as the data layer pages it.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_Operations.html
import type { Caller } from "@/lib/authz/caller";
import type { ListInput } from "../common";
import { queryInt } from "./input";
import type { Route } from "./routes";

/** A List* call's paging members, from the query string. */
export const listInput = (q: URLSearchParams): ListInput => ({ nextToken: q.get("nextToken") ?? undefined, pageSize: queryInt(q, "pageSize") });

type ById<D> = (caller: Caller, id: string) => Promise<D>;

export interface ResourceVerbs<D> {
  list: (caller: Caller, input: ListInput) => Promise<object>;
  get: ById<D>;
  remove: ById<D>;
  enable: ById<D>;
  disable: ById<D>;
}

/** `noun` as the operations spell it (TrustAnchor, Profile, Crl); `wrap` the detail's answer member. */
export function resourceRoutes<D>(noun: string, wrap: (detail: D) => object, verbs: ResourceVerbs<D>): Route[] {
  const path = noun.toLowerCase();
  const label = `${noun[0].toLowerCase()}${noun.slice(1)}Id`;
  const item = `/${path}/{${label}}`;
  const byId = (operation: string, method: Route["method"], uri: string, verb: ById<D>): Route => ({
    method,
    uri,
    operation,
    status: 200,
    run: async (c, { labels }) => wrap(await verb(c, labels[label])),
  });
  return [
    { method: "GET", uri: `/${path}s`, operation: `List${noun}s`, status: 200, run: (c, { query }) => verbs.list(c, listInput(query)) },
    byId(`Get${noun}`, "GET", item, verbs.get),
    byId(`Delete${noun}`, "DELETE", item, verbs.remove),
    byId(`Enable${noun}`, "POST", `${item}/enable`, verbs.enable),
    byId(`Disable${noun}`, "POST", `${item}/disable`, verbs.disable),
  ];
}

// IAM Query actions for SAML and OpenID Connect identity providers. Domain work (the name, URL,
// metadata and quota rules with AWS's messages) is in lib/iam/identity-providers; this maps wire shapes.
import type { Caller } from "@/lib/authz/caller";
import { ParamReader, stringList, type QueryAction, type QueryParams } from "@/lib/aws-query";
import * as idp from "@/lib/iam/identity-providers/providers";
import { oidcProviderTagging, samlProviderTagging, updateOpenIDConnectProviderThumbprint, updateSAMLProvider } from "@/lib/iam/identity-providers/changes";
import { ARN_KINDS } from "@/lib/aws/arn";
import { readArn, type ArnRule } from "./arn-params";
import { pageInput, paging, readParams, readTags } from "./iam-roles";

const SAML_ARN: ArnRule = { arn: ARN_KINDS.samlProvider };
const OIDC_ARN: ArnRule = { arn: ARN_KINDS.oidcProvider };
const CLIENT_ID = { min: 1, max: 255 };

type Rule = { required?: boolean; min?: number; max?: number; pattern?: string };

/** Reads the named (required) parameters with their rules and throws every violation at once. */
function read<K extends string>(params: QueryParams, rules: Record<K, Rule | ArnRule>): Record<K, string> {
  const r = new ParamReader(params);
  const out = {} as Record<K, string>;
  for (const name of Object.keys(rules) as K[]) {
    const rule = rules[name];
    out[name] = ("arn" in rule ? readArn(r, name, rule.arn, { required: true }) : r.string(name, { ...rule, required: true })) as string;
  }
  r.finish();
  return out;
}

/** List calls answer in one page: an account holds at most 100 of each kind. */
export const iamProviderActions: Record<string, QueryAction<Caller>> = {
  async CreateSAMLProvider(params, caller) {
    // Length rules for the metadata are the domain's, so the console and the wire answer alike.
    const p = read(params, { Name: { min: 1, max: 128, pattern: "[\\w._-]+" }, SAMLMetadataDocument: {} });
    return idp.createSAMLProvider(caller, { name: p.Name, samlMetadataDocument: p.SAMLMetadataDocument, tags: readTags(params) });
  },
  async ListSAMLProviders(_params, caller) {
    return idp.listSAMLProviders(caller);
  },
  async GetSAMLProvider(params, caller) {
    const p = read(params, { SAMLProviderArn: SAML_ARN });
    return idp.getSAMLProvider(caller, p.SAMLProviderArn);
  },
  async DeleteSAMLProvider(params, caller) {
    const p = read(params, { SAMLProviderArn: SAML_ARN });
    await idp.deleteSAMLProvider(caller, p.SAMLProviderArn);
    return null;
  },
  async CreateOpenIDConnectProvider(params, caller) {
    const p = read(params, { Url: { min: 1, max: 255 } });
    return idp.createOpenIDConnectProvider(caller, {
      url: p.Url,
      clientIdList: stringList(params, "ClientIDList"),
      thumbprintList: stringList(params, "ThumbprintList"),
      tags: readTags(params),
    });
  },
  async ListOpenIDConnectProviders(_params, caller) {
    return idp.listOpenIDConnectProviders(caller);
  },
  async GetOpenIDConnectProvider(params, caller) {
    const p = read(params, { OpenIDConnectProviderArn: OIDC_ARN });
    return idp.getOpenIDConnectProvider(caller, p.OpenIDConnectProviderArn);
  },
  async DeleteOpenIDConnectProvider(params, caller) {
    const p = read(params, { OpenIDConnectProviderArn: OIDC_ARN });
    await idp.deleteOpenIDConnectProvider(caller, p.OpenIDConnectProviderArn);
    return null;
  },
  async AddClientIDToOpenIDConnectProvider(params, caller) {
    const p = read(params, { OpenIDConnectProviderArn: OIDC_ARN, ClientID: CLIENT_ID });
    await idp.addClientIDToOpenIDConnectProvider(caller, p.OpenIDConnectProviderArn, p.ClientID);
    return null;
  },
  async RemoveClientIDFromOpenIDConnectProvider(params, caller) {
    const p = read(params, { OpenIDConnectProviderArn: OIDC_ARN, ClientID: CLIENT_ID });
    await idp.removeClientIDFromOpenIDConnectProvider(caller, p.OpenIDConnectProviderArn, p.ClientID);
    return null;
  },
  async UpdateOpenIDConnectProviderThumbprint(params, caller) {
    const r = new ParamReader(params);
    const arn = readArn(r, "OpenIDConnectProviderArn", OIDC_ARN.arn, { required: true }) as string;
    const thumbprints = stringList(params, "ThumbprintList");
    // An empty list cannot be sent on the Query wire: it arrives as the missing required member.
    if (thumbprints.length === 0) r.add("thumbprintList", null, "Member must not be null");
    r.finish();
    await updateOpenIDConnectProviderThumbprint(caller, arn, thumbprints);
    return null;
  },
  async UpdateSAMLProvider(params, caller) {
    const p = readParams(params, { SAMLProviderArn: { ...SAML_ARN, required: true }, SAMLMetadataDocument: { min: 1000, max: 10000000 } });
    return updateSAMLProvider(caller, p.SAMLProviderArn as string, p.SAMLMetadataDocument as string | undefined);
  },
  ...taggingActions("SAMLProvider", "SAMLProviderArn", SAML_ARN, samlProviderTagging),
  ...taggingActions("OpenIDConnectProvider", "OpenIDConnectProviderArn", OIDC_ARN, oidcProviderTagging),
};

/** TagX/UntagX/ListXTags for a provider kind, keyed by its ARN parameter. */
function taggingActions(verb: string, arnParam: string, arn: ArnRule, verbs: typeof samlProviderTagging): Record<string, QueryAction<Caller>> {
  const required = { ...arn, required: true };
  return {
    async [`Tag${verb}`](params, caller) {
      const p = readParams(params, { [arnParam]: required });
      await verbs.tag(caller, p[arnParam] as string, readTags(params));
      return null;
    },
    async [`Untag${verb}`](params, caller) {
      const p = readParams(params, { [arnParam]: required });
      await verbs.untag(caller, p[arnParam] as string, stringList(params, "TagKeys"));
      return null;
    },
    async [`List${verb}Tags`](params, caller) {
      const p: Record<string, string | number | boolean | undefined> = readParams(params, { [arnParam]: required, ...paging });
      return verbs.list(caller, p[arnParam] as string, pageInput(p));
    },
  };
}

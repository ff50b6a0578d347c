// The console addresses a provider by its ARN's resource part ("saml-provider/Corp",
// "oidc-provider/host/path"); the caller's account completes the ARN, so page URLs stay readable.
import { z } from "zod";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import * as idp from "@/lib/iam/identity-providers/providers";

export const ZResource = z.object({ resource: z.string().min(1).max(2048) });

export function arnFor(caller: Caller, resource: string): { arn: string; kind: idp.ProviderKind } {
  const arn = `arn:aws:iam::${caller.accountId}:${resource}`;
  const kind = idp.providerKindOf(caller.accountId, arn);
  if (!kind) throw new AwsError("NoSuchEntity", `Provider ${arn} not found.`);
  return { arn, kind };
}

export interface ProviderDetail {
  Arn: string;
  Name: string;
  Type: idp.ProviderKind;
  CreateDate: Date;
  ValidUntil?: Date;
  ClientIDList?: string[];
  ThumbprintList?: string[];
}

export async function describeProvider(caller: Caller, resource: string): Promise<ProviderDetail> {
  const { arn, kind } = arnFor(caller, resource);
  const name = resource.slice(resource.indexOf("/") + 1);
  if (kind === "SAML") {
    const s = await idp.getSAMLProvider(caller, arn);
    return { Arn: arn, Name: name, Type: kind, CreateDate: s.CreateDate, ValidUntil: s.ValidUntil };
  }
  const o = await idp.getOpenIDConnectProvider(caller, arn);
  return { Arn: arn, Name: o.Url, Type: kind, CreateDate: o.CreateDate, ClientIDList: o.ClientIDList, ThumbprintList: o.ThumbprintList };
}

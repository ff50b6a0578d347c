// Identity-provider actions through the real @aws-sdk/client-iam against the real endpoint: the
// wire shapes (ClientIDList.member.N, ARNs in results, empty results) and AWS error names.
import {
  AddClientIDToOpenIDConnectProviderCommand,
  CreateOpenIDConnectProviderCommand,
  CreateSAMLProviderCommand,
  DeleteOpenIDConnectProviderCommand,
  DeleteSAMLProviderCommand,
  GetOpenIDConnectProviderCommand,
  GetSAMLProviderCommand,
  IAMClient,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  RemoveClientIDFromOpenIDConnectProviderCommand,
} from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, startHarness, type Harness } from "@/lib/wire/testing";

let h: Harness;
const ACCT = "111111111111";
const admin = () => new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: ADMIN_111 });
const errorName = (p: Promise<unknown>) => p.then(() => "Resolved", (e: { name: string }) => e.name);
const METADATA = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com">${"<!-- pad -->".repeat(100)}</md:EntityDescriptor>`;

beforeAll(async () => {
  h = await startHarness();
}, 90_000);
afterAll(async () => h?.close());

describe("identity providers over the wire", () => {
  it("OIDC: create with audiences and thumbprints, add/remove an audience, delete", async () => {
    const created = await admin().send(
      new CreateOpenIDConnectProviderCommand({
        Url: "https://token.actions.githubusercontent.com",
        ClientIDList: ["sts.amazonaws.com", "my-app"],
        ThumbprintList: ["6938fd4d98bab03faadb97b34396831e3780aea1"],
      }),
    );
    const arn = `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`;
    expect(created.OpenIDConnectProviderArn).toBe(arn);
    await admin().send(new AddClientIDToOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, ClientID: "third" }));
    await admin().send(new RemoveClientIDFromOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, ClientID: "my-app" }));
    const got = await admin().send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    expect(got).toMatchObject({ Url: "token.actions.githubusercontent.com", ClientIDList: ["sts.amazonaws.com", "third"], ThumbprintList: ["6938fd4d98bab03faadb97b34396831e3780aea1"] });
    expect(got.CreateDate).toBeInstanceOf(Date);
    expect((await admin().send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList).toEqual([{ Arn: arn }]);
    expect(await errorName(admin().send(new CreateOpenIDConnectProviderCommand({ Url: "https://token.actions.githubusercontent.com" })))).toBe(
      "EntityAlreadyExistsException",
    );
    expect(await errorName(admin().send(new CreateOpenIDConnectProviderCommand({ Url: "http://insecure.example.com" })))).toBe("InvalidInputException");
    await admin().send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    expect(await errorName(admin().send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn })))).toBe("NoSuchEntityException");
  });

  it("SAML: create, list, get the metadata back, delete", async () => {
    const { SAMLProviderArn } = await admin().send(new CreateSAMLProviderCommand({ Name: "CorpIdP", SAMLMetadataDocument: METADATA }));
    expect(SAMLProviderArn).toBe(`arn:aws:iam::${ACCT}:saml-provider/CorpIdP`);
    const list = await admin().send(new ListSAMLProvidersCommand({}));
    expect(list.SAMLProviderList?.map((p) => p.Arn)).toEqual([SAMLProviderArn]);
    expect((await admin().send(new GetSAMLProviderCommand({ SAMLProviderArn }))).SAMLMetadataDocument).toBe(METADATA);
    expect(await errorName(admin().send(new CreateSAMLProviderCommand({ Name: "bad name", SAMLMetadataDocument: METADATA })))).toBe("ValidationError");
    await admin().send(new DeleteSAMLProviderCommand({ SAMLProviderArn }));
    expect(await errorName(admin().send(new DeleteSAMLProviderCommand({ SAMLProviderArn })))).toBe("NoSuchEntityException");
  });
});

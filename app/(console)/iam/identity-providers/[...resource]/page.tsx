// A provider's page, addressed by its ARN's resource part: /iam/identity-providers/oidc-provider/<host/path>
// or /iam/identity-providers/saml-provider/<name>.
import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { ProviderDetail } from "@/components/identity-providers/provider-detail";
import { decodeRouteName } from "@/components/users/route-name";

export default async function IdentityProviderPage({ params }: { params: Promise<{ resource: string[] }> }) {
  const resource = (await params).resource.map(decodeRouteName).join("/");
  const name = resource.slice(resource.indexOf("/") + 1);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Identity providers", href: "/iam/identity-providers" }, { label: name }]} />
      <ProviderDetail key={resource} resource={resource} />
    </>
  );
}

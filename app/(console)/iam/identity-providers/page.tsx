import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/table";

// Filled by a later issue; until then the page says so honestly instead of showing invented data.
export default function Page() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Identity providers" }]} />
      <Container headingLevel={1} title="Identity providers" description="Use an identity provider (IdP) to manage your user identities outside of AWS and give these external user identities permissions to use AWS resources in your account.">
        <EmptyState title="Not available in this sandbox yet" description="This page arrives with a later release of the sandbox." />
      </Container>
    </>
  );
}

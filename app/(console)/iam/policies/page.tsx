import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/table";

// Filled by a later issue; until then the page says so honestly instead of showing invented data.
export default function Page() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Policies" }]} />
      <Container headingLevel={1} title="Policies" description="A policy is an object in AWS that defines permissions.">
        <EmptyState title="Not available in this sandbox yet" description="This page arrives with a later release of the sandbox." />
      </Container>
    </>
  );
}

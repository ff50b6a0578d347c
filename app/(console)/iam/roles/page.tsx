import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/table";

// Filled by a later issue; until then the page says so honestly instead of showing invented data.
export default function Page() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Roles" }]} />
      <Container headingLevel={1} title="Roles" description="An IAM role is an identity you can create that has specific permissions with credentials that are valid for short durations. Roles can be assumed by entities that you trust.">
        <EmptyState title="Not available in this sandbox yet" description="This page arrives with a later release of the sandbox." />
      </Container>
    </>
  );
}

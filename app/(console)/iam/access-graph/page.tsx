import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { AccessGraphView } from "@/components/access-graph/access-graph-view";

export default function AccessGraphPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Access graph" }]} />
      <AccessGraphView />
    </>
  );
}

import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { EventHistory } from "@/components/cloudtrail/event-history";

export default async function EventHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string") params.set(k, v);
  return (
    <>
      <Breadcrumbs items={[{ label: "CloudTrail", href: "/cloudtrail/event-history" }, { label: "Event history" }]} />
      <EventHistory initialQuery={params.toString()} />
    </>
  );
}

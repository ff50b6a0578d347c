import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { EventDetail } from "@/components/cloudtrail/event-detail";
import { decodeRouteName } from "@/components/users/route-name";

export default async function TrailEventPage({ params }: { params: Promise<{ eventId: string }> }) {
  const eventId = decodeRouteName((await params).eventId);
  return (
    <>
      <Breadcrumbs items={[{ label: "CloudTrail", href: "/cloudtrail/event-history" }, { label: "Event history", href: "/cloudtrail/event-history" }, { label: eventId }]} />
      <EventDetail key={eventId} eventId={eventId} />
    </>
  );
}

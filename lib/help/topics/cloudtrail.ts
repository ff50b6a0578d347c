// Help topics: CloudTrail event history.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "event-history",
      title: "Event history",
      paragraphs: [
        "Event history shows the management events recorded in this account over the last 90 days: who made which API call, when, from where, and with what result.",
        "Filter by one attribute — event name, user name, resource name, event source, access key and more — and by time range. Open an event to see its full CloudTrail record.",
      ],
      learnMore: [
        { label: "Working with CloudTrail event history", href: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html" },
        { label: "Logging IAM and AWS STS API calls with CloudTrail", href: `${UG}/cloudtrail-integration.html` },
      ],
      source: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html",
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/cloudtrail/, "event-history"],
  ],
};

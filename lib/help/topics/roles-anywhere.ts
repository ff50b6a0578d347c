// Help topics: IAM Roles Anywhere.
import type { HelpArea } from "../types";

export const area: HelpArea = {
  topics: [
    {
      id: "roles-anywhere",
      title: "IAM Roles Anywhere",
      paragraphs: [
        "IAM Roles Anywhere lets workloads outside AWS — servers, containers, applications — obtain temporary credentials for IAM roles by presenting X.509 certificates issued by a certificate authority you register as a trust anchor.",
        "A profile names the roles a workload may assume and optional session policies.",
      ],
      learnMore: [{ label: "What is IAM Roles Anywhere?", href: "https://docs.aws.amazon.com/rolesanywhere/latest/userguide/introduction.html" }],
      source: "https://docs.aws.amazon.com/rolesanywhere/latest/userguide/introduction.html",
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/rolesanywhere/, "roles-anywhere"],
  ],
};

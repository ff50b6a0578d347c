// Help topics: User groups.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "groups",
      title: "User groups",
      paragraphs: [
        "A user group is a collection of IAM users. Policies attached to a group apply to every user in it, which makes permissions easier to manage as people change jobs.",
        "A group is not a principal: it cannot be named in a policy's Principal element or assume a role. A user can belong to up to 10 groups.",
      ],
      learnMore: [
        { label: "IAM users", topic: "users" },
        { label: "IAM user groups", href: `${UG}/id_groups.html` },
      ],
      source: `${UG}/id_groups.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/iam\/groups/, "groups"],
  ],
};

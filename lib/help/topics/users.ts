// Help topics: IAM users.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "users",
      title: "IAM users",
      paragraphs: [
        "An IAM user is an identity in your account with long-term credentials: a console password, access keys, or both. Give a user permissions with policies attached directly, through user groups, or by letting the user assume roles.",
        "AWS recommends temporary credentials where possible: federated users or roles for people, roles for workloads.",
      ],
      learnMore: [
        { label: "User groups", topic: "groups" },
        { label: "IAM users", href: `${UG}/id_users.html` },
      ],
      source: `${UG}/id_users.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/iam\/users/, "users"],
  ],
};

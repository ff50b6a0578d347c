// Help topics: The access graph (a sandbox feature).
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "access-graph",
      title: "Access graph",
      paragraphs: [
        "The access graph draws who can reach what in this account: users and roles, the roles each can assume through trust policies and identity-based policies, and the accounts and providers roles trust.",
        "Search for a principal or a role to see its paths. An edge exists only when both sides allow the assumption: the role's trust policy and the caller's permissions.",
        "A graph too large to read whole opens at a readable zoom on its busiest stretch, drawing only what is on screen: the minimap and Fit view show all of it, and search and the arrow keys bring any node into view.",
        "This view is a feature of the sandbox; AWS offers related analysis in IAM Access Analyzer.",
      ],
      learnMore: [
        { label: "Trust relationships", topic: "role-trust" },
        { label: "Cross-account policy evaluation logic", href: `${UG}/reference_policies_evaluation-logic-cross-account.html` },
        { label: "IAM Access Analyzer", href: `${UG}/what-is-access-analyzer.html` },
      ],
      source: `${UG}/reference_policies_evaluation-logic-cross-account.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/iam\/access-graph/, "access-graph"],
  ],
};

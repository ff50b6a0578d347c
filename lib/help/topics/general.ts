// Help topics: The IAM dashboard, and the access-denied help every page can link to.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "dashboard",
      title: "IAM dashboard",
      paragraphs: [
        "The dashboard summarizes the IAM resources in this account — users, user groups, roles, policies and identity providers — and the security recommendations for the account.",
        "IAM users sign in with the account's sign-in URL. You can replace the account ID in that URL with an account alias.",
      ],
      learnMore: [
        { label: "Roles", topic: "roles" },
        { label: "IAM users", topic: "users" },
        { label: "What is IAM?", href: `${UG}/introduction.html` },
      ],
      source: `${UG}/introduction.html`,
    },
    {
      id: "access-denied",
      title: "Troubleshoot access denied",
      paragraphs: [
        "An access denied error means that no policy allowed the request (an implicit deny), or that a policy explicitly denied it. An explicit deny in any policy overrides every allow.",
        "The message names the principal, the action, the resource and which kind of policy denied it. Ask your administrator for a policy that allows the action on that resource, or check whether a permissions boundary, session policy, SCP or RCP limits it.",
        "Choose Why? to see which statements the policy engine evaluated.",
      ],
      learnMore: [
        { label: "Policy simulator", topic: "policy-simulator" },
        { label: "Troubleshoot access denied error messages", href: `${UG}/troubleshoot_access-denied.html` },
        { label: "Policy evaluation logic", href: `${UG}/reference_policies_evaluation-logic.html` },
      ],
      source: `${UG}/troubleshoot_access-denied.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/iam\/?$/, "dashboard"],
  ],
};

// Help topics: The policy simulator.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "policy-simulator",
      title: "Policy simulator",
      paragraphs: [
        "The policy simulator evaluates the policies of a user, group or role — or policies you paste — against the actions and resources you choose, and shows whether each would be allowed or denied, and by which statement.",
        "Simulation changes nothing. It uses the same evaluation logic as real requests; you can supply condition key values for conditions the policies test.",
      ],
      learnMore: [
        { label: "Permissions", topic: "role-permissions" },
        { label: "Test IAM policies with the IAM policy simulator", href: `${UG}/access_policies_testing-policies.html` },
      ],
      source: `${UG}/access_policies_testing-policies.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/policysim/, "policy-simulator"],
  ],
};

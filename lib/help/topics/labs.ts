// Help topics: Guided labs.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "labs",
      title: "Guided labs",
      paragraphs: [
        "Each lab is a short, self-checking exercise drawn from the IAM tutorials: switching roles, cross-account access with MFA, third-party access with an external ID, service roles, web identity and SAML federation, role chaining, session duration, permissions boundaries and revoking sessions.",
        "Start resets this sandbox to the lab's starting state. The lab panel then stays beside every console page and checks your work every few seconds, whether you use the console or the AWS CLI: a check turns green when the sandbox shows the behaviour it asks for, not when a policy merely looks right.",
        "Hints are counted and the solution is recorded once you open it; Reset lab starts the lab again and keeps your history.",
      ],
      learnMore: [
        { label: "Switch role", topic: "switch-role" },
        { label: "Trust relationships", topic: "role-trust" },
        { label: "IAM tutorial: Delegate access across AWS accounts using IAM roles", href: `${UG}/tutorial_cross-account-with-roles.html` },
      ],
      source: `${UG}/tutorial_cross-account-with-roles.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/labs/, "labs"],
  ],
};

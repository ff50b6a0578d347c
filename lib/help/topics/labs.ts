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
    {
      id: "sandboxes",
      title: "Your sandboxes",
      paragraphs: [
        "On a training server each learner works in sandboxes of their own. Start a new sandbox creates an organization with two accounts, identity (N111111) and workload-dev (N222222), each with an admin user, plus alice in identity, new passwords and new access keys; the Credentials card shows them.",
        "Account IDs, aliases and access keys belong to one sandbox only. Nobody else can sign in to your accounts, and from another sandbox your roles and users behave as if they did not exist: assuming one is denied, and naming one in a trust policy is refused as an invalid principal.",
        "A learner can keep three sandboxes; a sandbox nobody has used for 14 days is deleted.",
      ],
      learnMore: [
        { label: "Guided labs", topic: "labs" },
        { label: "IAM tutorial: Delegate access across AWS accounts using IAM roles", href: `${UG}/tutorial_cross-account-with-roles.html` },
      ],
      source: `${UG}/id_roles_common-scenarios_aws-accounts.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/labs/, "labs"],
    [/^\/sandboxes/, "sandboxes"],
  ],
};

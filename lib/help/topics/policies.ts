// Help topics: Managed policies and the policy editor.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "policies",
      title: "Policies",
      paragraphs: [
        "A policy is a JSON document that defines permissions: which actions are allowed or denied on which resources, under which conditions.",
        "AWS managed policies are created and maintained by AWS. Customer managed policies are the ones you create in your account; you can attach each to many users, groups and roles, and IAM keeps up to five versions.",
      ],
      learnMore: [
        { label: "Create policy", topic: "create-policy" },
        { label: "Policies and permissions in IAM", href: `${UG}/access_policies.html` },
        { label: "Managed policies and inline policies", href: `${UG}/access_policies_managed-vs-inline.html` },
      ],
      source: `${UG}/access_policies.html`,
    },
    {
      id: "create-policy",
      title: "Create policy",
      paragraphs: [
        "Write the policy with the visual editor or in JSON. Each statement has an Effect, one or more Actions, the Resources they apply to, and optional Conditions.",
        "Policy validation reports security warnings, errors, general warnings and suggestions; fix errors before you save. A managed policy document can be up to 6,144 characters, not counting white space.",
      ],
      learnMore: [
        { label: "Policies", topic: "policies" },
        { label: "Define custom IAM permissions with customer managed policies", href: `${UG}/access_policies_create.html` },
        { label: "IAM JSON policy element reference", href: `${UG}/reference_policies_elements.html` },
      ],
      source: `${UG}/access_policies_create.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/iam\/policies\/create/, "create-policy"],
    [/^\/iam\/policies/, "policies"],
  ],
};

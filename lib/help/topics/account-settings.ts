// Help topics: Account settings: password policy, account alias, STS endpoints.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "account-settings",
      title: "Account settings",
      paragraphs: [
        "The password policy sets the rules for IAM user passwords in this account: minimum length, required character types, expiration and reuse. It does not apply to the root user.",
        "The account alias replaces the account ID in the IAM users' sign-in URL.",
        "Security Token Service (STS) settings choose whether tokens from the global endpoint are valid in all Regions, and which Regions' STS endpoints are active.",
      ],
      learnMore: [
        { label: "Set an account password policy for IAM users", href: `${UG}/id_credentials_passwords_account-policy.html` },
        { label: "Manage AWS STS in an AWS Region", href: `${UG}/id_credentials_temp_enable-regions.html` },
      ],
      source: `${UG}/id_credentials_passwords_account-policy.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/iam\/account-settings/, "account-settings"],
  ],
};

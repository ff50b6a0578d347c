// Help topics: Identity providers (SAML 2.0 and OIDC).
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "identity-providers",
      title: "Identity providers",
      paragraphs: [
        "An identity provider lets users who sign in outside AWS — in a corporate directory with SAML 2.0, or with an OpenID Connect provider — use AWS through roles, without an IAM user each.",
        "Add the provider here, then create a role whose trust policy names it (Create role, Web identity or SAML 2.0 federation).",
      ],
      learnMore: [
        { label: "Web identity", topic: "create-role-web-identity" },
        { label: "SAML 2.0 federation", topic: "create-role-saml" },
        { label: "Identity providers and federation", href: `${UG}/id_roles_providers.html` },
      ],
      source: `${UG}/id_roles_providers.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/iam\/identity-providers/, "identity-providers"],
  ],
};

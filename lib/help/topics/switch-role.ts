// Help topics: Switch role.
import type { HelpArea } from "../types";
import { UG } from "./aws-docs";

export const area: HelpArea = {
  topics: [
    {
      id: "switch-role",
      title: "Switch role",
      paragraphs: [
        "Switching to a role in the console temporarily sets aside your own permissions and gives you the role's. Only one set of permissions is active at a time; switching back restores yours.",
        "Enter the account ID (or alias) and the role name. The display name and color label the role in the navigation bar. The role's trust policy must allow you, and your own policies must allow sts:AssumeRole on it.",
        "The root user cannot switch roles, roles that require an external ID cannot be used from the console, and the path and name together cannot exceed 64 characters.",
      ],
      learnMore: [
        { label: "Trust relationships", topic: "role-trust" },
        { label: "Switch from a user to an IAM role (console)", href: `${UG}/id_roles_use_switch-role-console.html` },
      ],
      source: `${UG}/id_roles_use_switch-role-console.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/switchrole/, "switch-role"],
  ],
};

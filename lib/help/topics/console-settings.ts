// Help topics: the console's own settings — Unified Settings (visual mode), the account colour, and
// multi-session sign-in.
import type { HelpArea } from "../types";

const GSG = "https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg";

export const area: HelpArea = {
  topics: [
    {
      id: "unified-settings",
      title: "Unified Settings",
      paragraphs: [
        "Unified Settings hold your own console preferences. They belong to the identity you signed in as and follow it to every browser it signs in from; they change nothing for other users.",
        "Visual mode chooses light or dark backgrounds. Browser default follows the light or dark mode your browser or operating system asks for.",
      ],
      learnMore: [
        { label: "Account color", topic: "account-color" },
        { label: "Changing the console's visual mode", href: `${GSG}/change-visual-mode.html` },
      ],
      source: `${GSG}/change-visual-mode.html`,
    },
    {
      id: "account-color",
      title: "Account color",
      paragraphs: [
        "An account color is shown in the navigation bar for everyone signed in to the account, so that you can tell accounts apart at a glance — for example red for production. It is a setting of the account, not of one user, and sits beside the color of a role you switched to.",
        "Setting it requires permission for uxc:UpdateAccountCustomizations; reading it on this page requires uxc:GetAccountCustomizations. Choose None to remove the color.",
      ],
      learnMore: [
        { label: "Unified Settings", topic: "unified-settings" },
        { label: "UpdateAccountCustomizations", href: "https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html" },
      ],
      source: "https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html",
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [[/^\/settings/, "unified-settings"]],
};

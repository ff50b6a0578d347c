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
        { label: "Multi-session support", topic: "multi-session" },
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
    {
      id: "multi-session",
      title: "Multi-session support",
      paragraphs: [
        "With multi-session support turned on, one browser keeps up to five identities signed in at once — IAM users or root users of this or other accounts. Each session has its own URL; opening it, or choosing the session in the account menu, makes it the identity the console acts as.",
        "Choose Add session in the account menu to sign in another identity without signing out. A sixth session is refused until you sign out of one. Sign out ends only the current session. Turning multi-session support off keeps the current identity signed in and signs the others out.",
      ],
      learnMore: [{ label: "Signing in to multiple accounts", href: `${GSG}/multisession.html` }],
      source: `${GSG}/multisession.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [[/^\/settings/, "unified-settings"]],
};

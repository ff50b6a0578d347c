// The account colour's values (AWS User Experience Customization): AWS's names, the console's labels
// and the swatches the navigation bar draws. Plain data, for client and server alike.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html
/** AWS's valid values, in its order; `none` is the default (no colour). */
export const ACCOUNT_COLORS = ["none", "pink", "purple", "darkBlue", "lightBlue", "teal", "green", "yellow", "orange", "red"] as const;
export type AccountColor = (typeof ACCOUNT_COLORS)[number];

export const ACCOUNT_COLOR_LABELS: Record<AccountColor, string> = {
  none: "None",
  pink: "Pink",
  purple: "Purple",
  darkBlue: "Dark blue",
  lightBlue: "Light blue",
  teal: "Teal",
  green: "Green",
  yellow: "Yellow",
  orange: "Orange",
  red: "Red",
};

/** The swatch drawn in the navigation bar [INF: AWS publishes the names, not the shades]. */
export const ACCOUNT_COLOR_HEX: Record<Exclude<AccountColor, "none">, string> = {
  pink: "#f49ac1",
  purple: "#b088f9",
  darkBlue: "#2a5bd7",
  lightBlue: "#7cc4f4",
  teal: "#2ec4b6",
  green: "#5cb85c",
  yellow: "#f5d547",
  orange: "#f89c47",
  red: "#e0474c",
};

export function isAccountColor(value: unknown): value is AccountColor {
  return typeof value === "string" && (ACCOUNT_COLORS as readonly string[]).includes(value);
}

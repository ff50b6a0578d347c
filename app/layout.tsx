import type { Metadata } from "next";
import { currentVisualMode } from "@/lib/console-settings/current-visual-mode";
import { visualModeClass } from "@/lib/console-settings/visual-modes";
import "./globals.css";

export const metadata: Metadata = {
  title: "IAM Console Sandbox",
  description: "A runnable clone of the AWS IAM console's Roles flows with a role-assumption simulator",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Server-rendered, so the first paint is already in the signed-in identity's visual mode.
  const mode = await currentVisualMode();
  return (
    <html lang="en" className={visualModeClass(mode)} data-visual-mode={mode}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}

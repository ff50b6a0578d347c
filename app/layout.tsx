import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "IAM Console Sandbox",
  description: "A runnable clone of the AWS IAM console's Roles flows with a role-assumption simulator",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}

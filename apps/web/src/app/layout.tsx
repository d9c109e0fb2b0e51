import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Relations Tension Index", template: "%s · Relations Tension Index" },
  description:
    "A daily 0–100 index of tension between pairs of countries, computed from reviewed, sourced political events.",
  // Announces the releases-and-corrections feed on every page.
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf8" },
    { media: "(prefers-color-scheme: dark)", color: "#141312" },
  ],
};

/** The document around every page; the site's chrome is in (site)/layout.tsx, so embeds go bare. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "~/components/site-header";
import { TRPCReactProvider } from "~/trpc/react";
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <TRPCReactProvider>
          <main id="main" className="inner">
            {children}
          </main>
        </TRPCReactProvider>
        <footer className="site-footer">
          <div className="inner">
            Every value is computed from hand-checked events with their sources. Methodology RTI-1.
          </div>
        </footer>
      </body>
    </html>
  );
}

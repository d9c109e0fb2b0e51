import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";

/** The site's header, main landmark and footer around a page (embeds go without them). */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="inner">
        {children}
      </main>
      <footer className="site-footer">
        <div className="inner">Every value is computed from hand-checked events with their sources. Methodology RTI-1.</div>
      </footer>
    </>
  );
}

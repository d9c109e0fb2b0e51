import type { ReactNode } from "react";
import { SiteChrome } from "~/components/site-chrome";
import { TRPCReactProvider } from "~/trpc/react";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <SiteChrome>{children}</SiteChrome>
    </TRPCReactProvider>
  );
}

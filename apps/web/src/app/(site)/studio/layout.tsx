import type { ReactNode } from "react";
import { currentViewer } from "~/lib/viewer";
import { TRPCReactProvider } from "~/trpc/react";
import { StudioNav } from "./studio-nav";

export const dynamic = "force-dynamic";

/**
 * The studio's frame. Each page checks sign-in itself (see requireViewer); procedures check roles.
 * The tRPC client lives here, not around the whole site: public pages need none of its bytes.
 */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const viewer = await currentViewer();
  return (
    <TRPCReactProvider>
      {viewer ? (
        <div className="studio">
          <StudioNav roles={viewer.roles} name={viewer.name} />
          <div className="studio-main">{children}</div>
        </div>
      ) : (
        children
      )}
    </TRPCReactProvider>
  );
}

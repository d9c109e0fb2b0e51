import type { ReactNode } from "react";
import { currentViewer } from "~/lib/viewer";
import { StudioNav } from "./studio-nav";

export const dynamic = "force-dynamic";

/** The studio's frame. Each page checks sign-in itself (see requireViewer); procedures check roles. */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const viewer = await currentViewer();
  if (!viewer) return children;
  return (
    <div className="studio">
      <StudioNav roles={viewer.roles} name={viewer.name} />
      <div className="studio-main">{children}</div>
    </div>
  );
}

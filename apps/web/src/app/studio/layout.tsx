import { getViewer } from "@rti/auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { StudioNav } from "./studio-nav";

export const dynamic = "force-dynamic";

/** Every studio page needs a signed-in user; the procedures check roles again on the server. */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer(await headers());
  if (!viewer) redirect("/sign-in?next=/studio");
  return (
    <div className="studio">
      <StudioNav roles={viewer.roles} name={viewer.name} />
      <div className="studio-main">{children}</div>
    </div>
  );
}

import "server-only";
import { getViewer, type RoleName, type Viewer } from "@rti/auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

/** The signed-in user of this request (looked up once per render). */
export const currentViewer = cache(async (): Promise<Viewer | null> => getViewer(await headers()));

/**
 * For studio pages: sends signed-out visitors to sign in (back to `path` afterwards). Each page
 * calls it itself, because Next renders layouts and pages in parallel.
 */
export async function requireViewer(path: string, role?: RoleName): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (role && !viewer.roles.includes(role)) notFound();
  return viewer;
}

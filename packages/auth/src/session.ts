// Who is asking: the signed-in user and their roles, read fresh from the database on every
// request so that a revoked role or session takes effect immediately.
import { getDb } from "@rti/db";
import { getAuth } from "./auth";
import { ROLES, type RoleName } from "./roles";

export interface Viewer {
  id: string;
  name: string;
  email: string;
  roles: RoleName[];
}

export async function getViewer(headers: Headers): Promise<Viewer | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const rows = await getDb().userRole.findMany({ where: { userId: session.user.id }, select: { role: true } });
  return viewerOf(session.user, rows);
}

/** The viewer of a user and the role rows just read for them, roles in their canonical order. */
export function viewerOf(user: { id: string; name: string; email: string }, roleRows: { role: RoleName }[]): Viewer {
  const held = new Set(roleRows.map((r) => r.role));
  return { id: user.id, name: user.name, email: user.email, roles: ROLES.filter((r) => held.has(r)) };
}

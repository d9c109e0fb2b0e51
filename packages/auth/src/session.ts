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
  const held = new Set(rows.map((r) => r.role));
  return {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    roles: ROLES.filter((r) => held.has(r)),
  };
}

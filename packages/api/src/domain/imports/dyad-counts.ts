// What an import brought, pair by pair: the events it created per dyad, most first.
import type { Db } from "@rti/db";

export interface ImportDyadCount {
  dyad: string;
  actorA: { code: string; name: string };
  actorB: { code: string; name: string };
  events: number;
}

export async function importDyadCounts(db: Db, jobId: string): Promise<ImportDyadCount[]> {
  const groups = await db.event.groupBy({ by: ["dyadId"], where: { importJobId: jobId }, _count: { _all: true } });
  const dyads = await db.dyad.findMany({
    where: { id: { in: groups.map((g) => g.dyadId) } },
    select: { id: true, slug: true, a: { select: { code: true, name: true } }, b: { select: { code: true, name: true } } },
  });
  const byId = new Map(dyads.map((d) => [d.id, d]));
  return groups
    .map((g) => {
      const d = byId.get(g.dyadId)!;
      return { dyad: d.slug, actorA: d.a, actorB: d.b, events: g._count._all };
    })
    .sort((x, y) => y.events - x.events || x.dyad.localeCompare(y.dyad));
}

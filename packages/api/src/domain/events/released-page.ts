// One page of the events a published release includes, oldest first, filtered by dyad, days and
// CAMEO code. Pages follow a keyset on (day, event id), so a page never repeats or skips an event
// whatever is written meanwhile: a published release's events never change.
import type { Db, Prisma } from "@rti/db";
import { publicEventFacts, publicRevision } from "./published";

export interface ReleasedEventFilter {
  dyadId?: number;
  from?: string;
  to?: string;
  /** A CAMEO code or the start of one: "19" matches 190, 194… */
  code?: string;
}

/** Where the previous page ended. */
export interface ReleasedEventKey {
  date: string;
  eventId: string;
}

const utcDay = (d: string) => new Date(`${d}T00:00:00Z`);

export async function releasedEventPage(db: Db, releaseId: string, filter: ReleasedEventFilter, after: ReleasedEventKey | null, limit: number) {
  const where: Prisma.ReleaseEventWhereInput[] = [
    { releaseId },
    {
      revision: {
        dyadId: filter.dyadId,
        date: { gte: filter.from ? utcDay(filter.from) : undefined, lte: filter.to ? utcDay(filter.to) : undefined },
        cameoCode: filter.code ? { startsWith: filter.code } : undefined,
      },
    },
  ];
  if (after) {
    const day = utcDay(after.date);
    where.push({ OR: [{ revision: { date: { gt: day } } }, { revision: { date: day }, eventId: { gt: after.eventId } }] });
  }
  const rows = await db.releaseEvent.findMany({
    where: { AND: where },
    select: { eventId: true, intensity: true, revision: { select: publicRevision } },
    orderBy: [{ revision: { date: "asc" } }, { eventId: "asc" }],
    take: limit + 1,
  });
  const events = rows.slice(0, limit).map((row) => publicEventFacts(row.eventId, row.revision, row.intensity));
  const last = events.at(-1);
  return { events, next: rows.length > limit && last ? { date: last.date, eventId: last.id } : null };
}

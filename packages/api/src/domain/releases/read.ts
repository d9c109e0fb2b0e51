// Reading published releases: by number, the latest, their dyads ranked by value and their events.
import { queryable, type Db, type Prisma } from "@rti/db";
import { band, dayNumber, type EngineEvent } from "@rti/engine";
import { day } from "../events/dto";
import { DomainError } from "../../errors";
import { releaseInclude, toReleaseDto } from "./dto";
import { readSeries } from "./series-store";

export async function releaseByNumber(db: Db, number: number | undefined) {
  const release = await db.release.findFirst({
    where: { status: "published", ...(number ? { number } : {}) },
    orderBy: { number: "desc" },
    include: releaseInclude,
  });
  if (!release) {
    throw new DomainError("NOT_FOUND", number ? `There is no published release R${number}.` : "No release has been published yet.");
  }
  return toReleaseDto(release);
}

/**
 * Which published release an address means (the latest when no number), as its id and number,
 * or null. Release contents never change once published, so readers key caches by the id.
 */
export async function publishedReleaseRef(db: Db, number?: number): Promise<{ id: string; number: number } | null> {
  const release = await db.release.findFirst({
    where: { status: "published", ...(number ? { number } : {}) },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
  return release && { id: release.id, number: release.number! };
}

const SPARKLINE_DAYS = 90;

/** Every dyad of a release, most tense first, with the last 90 days for a sparkline. */
export async function rankedDyads(db: Db, releaseId: string, asOf: string) {
  const dyads = await db.releaseDyad.findMany({ where: { releaseId }, include: { dyad: { include: { a: true, b: true } } } });
  const from = new Date((dayNumber(asOf) - SPARKLINE_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
  const rows = await Promise.all(
    dyads.map(async (d) => ({
      slug: d.dyad.slug,
      actorA: { code: d.dyad.a.code, name: d.dyad.a.name },
      actorB: { code: d.dyad.b.code, name: d.dyad.b.name },
      value: d.value,
      band: band(d.value),
      change7: d.change7,
      change30: d.change30,
      eventCount: d.eventCount,
      sparkline: (await readSeries(queryable(db), releaseId, d.dyadId, { from })).map((p) => p.value),
    })),
  );
  return rows.sort((a, b) => b.value - a.value || a.slug.localeCompare(b.slug));
}

export async function dyadIdOf(db: Db, slug: string): Promise<number> {
  const dyad = await db.dyad.findUnique({ where: { slug }, select: { id: true } });
  if (!dyad) throw new DomainError("NOT_FOUND", `There is no dyad "${slug}".`);
  return dyad.id;
}

const codeAndName = { select: { code: true, name: true } } as const;
const withCameo = { revision: { include: { cameo: codeAndName } } } satisfies Prisma.ReleaseEventInclude;

/** What every list of a release's events shows of one: the included revision's facts and the intensity the release computed with. */
function releasedEventFacts({ eventId, intensity, revision: r }: Prisma.ReleaseEventGetPayload<{ include: typeof withCameo }>) {
  return { eventId, date: day(r.date), cameo: r.cameo, intensity, weight: Number(r.weight), title: r.title };
}

/** The events a release includes for one dyad, oldest first, with the intensity it computed with. */
export async function releasedEvents(db: Db, releaseId: string, dyadId: number) {
  const rows = await db.releaseEvent.findMany({
    where: { releaseId, revision: { dyadId } },
    include: withCameo,
    orderBy: [{ revision: { date: "asc" } }, { eventId: "asc" }],
  });
  return rows.map((row) => ({ ...releasedEventFacts(row), sourceActor: row.revision.sourceActor, targetActor: row.revision.targetActor }));
}

/** A release's newest events across all its dyads, newest first, each with its dyad and who did what to whom. */
export async function newestReleasedEvents(db: Db, releaseId: string, limit: number) {
  const rows = await db.releaseEvent.findMany({
    where: { releaseId },
    include: { revision: { include: { cameo: codeAndName, source: codeAndName, target: codeAndName, dyad: { select: { slug: true, a: codeAndName, b: codeAndName } } } } },
    orderBy: [{ revision: { date: "desc" } }, { eventId: "desc" }],
    take: limit,
  });
  return rows.map((row) => {
    const { dyad, source, target } = row.revision;
    return { ...releasedEventFacts(row), dyad: { slug: dyad.slug, actorA: dyad.a, actorB: dyad.b }, source, target };
  });
}

export type ReleasedEvent = Awaited<ReturnType<typeof releasedEvents>>[number];

/** A released event as the engine reads it. */
export const engineEventOf = (e: ReleasedEvent): EngineEvent => ({
  id: e.eventId,
  day: dayNumber(e.date),
  source: e.sourceActor,
  target: e.targetActor,
  intensity: e.intensity,
  weight: e.weight,
});

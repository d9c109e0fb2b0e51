// Reading published releases: by number, the latest, their dyads ranked by value and their events.
import { queryable, type Db, type Prisma } from "@rti/db";
import { band, dayNumber, dayString, type EngineEvent } from "@rti/engine";
import { day } from "../events/dto";
import { DomainError } from "../../errors";
import { releaseInclude, toReleaseDto } from "./dto";
import { readSeries } from "./series-store";

const noPublishedRelease = (number: number | undefined) =>
  new DomainError("NOT_FOUND", number ? `There is no published release R${number}.` : "No release has been published yet.");

export async function releaseByNumber(db: Db, number: number | undefined) {
  const release = await db.release.findFirst({
    where: { status: "published", ...(number ? { number } : {}) },
    orderBy: { number: "desc" },
    include: releaseInclude,
  });
  if (!release) throw noPublishedRelease(number);
  return toReleaseDto(release);
}

/**
 * A published release (the latest when no number) without its changelog, which can be large:
 * what reads of its series and events need.
 */
export async function releaseHeaderByNumber(db: Db, number: number | undefined) {
  const release = await db.release.findFirst({
    where: { status: "published", ...(number ? { number } : {}) },
    orderBy: { number: "desc" },
    select: { id: true, number: true, asOf: true, publishedAt: true, methodology: { select: { version: true, name: true, halfLifeDays: true, scale: true } } },
  });
  if (!release) throw noPublishedRelease(number);
  return { id: release.id, number: release.number!, asOf: day(release.asOf), publishedAt: release.publishedAt!.toISOString(), methodology: release.methodology };
}
export type ReleaseHeader = Awaited<ReturnType<typeof releaseHeaderByNumber>>;

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

/** publishedReleaseRef, or NOT_FOUND as releaseByNumber says it. */
export async function requirePublishedReleaseRef(db: Db, number?: number): Promise<{ id: string; number: number }> {
  const ref = await publishedReleaseRef(db, number);
  if (!ref) throw noPublishedRelease(number);
  return ref;
}

/** Published releases, newest first. */
export async function publishedReleases(db: Db) {
  const rows = await db.release.findMany({ where: { status: "published" }, orderBy: { number: "desc" }, include: releaseInclude });
  return rows.map(toReleaseDto);
}

/** Every dyad of a release with its latest value, band and 7- and 30-day change, most tense first. */
export async function releaseDyadFigures(db: Db, releaseId: string) {
  const dyads = await db.releaseDyad.findMany({ where: { releaseId }, include: { dyad: { include: { a: true, b: true } } } });
  return dyads
    .map((d) => ({
      dyadId: d.dyadId,
      slug: d.dyad.slug,
      actorA: { code: d.dyad.a.code, name: d.dyad.a.name },
      actorB: { code: d.dyad.b.code, name: d.dyad.b.name },
      value: d.value,
      band: band(d.value),
      change7: d.change7,
      change30: d.change30,
      eventCount: d.eventCount,
    }))
    .sort((a, b) => b.value - a.value || a.slug.localeCompare(b.slug));
}

const SPARKLINE_DAYS = 90;

/** Every dyad of a release, most tense first, with the last 90 days for a sparkline. */
export async function rankedDyads(db: Db, releaseId: string, asOf: string) {
  const from = new Date((dayNumber(asOf) - SPARKLINE_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
  const dyads = await releaseDyadFigures(db, releaseId);
  return Promise.all(
    dyads.map(async ({ dyadId, ...d }) => ({ ...d, sparkline: (await readSeries(queryable(db), releaseId, dyadId, { from })).map((p) => p.value) })),
  );
}

export async function dyadIdOf(db: Db, slug: string): Promise<number> {
  const dyad = await db.dyad.findUnique({ where: { slug }, select: { id: true } });
  if (!dyad) throw new DomainError("NOT_FOUND", `There is no dyad "${slug}".`);
  return dyad.id;
}

/** A dyad's daily points in a published release (the latest when no number), with the release. */
export async function publishedSeries(db: Db, input: { dyad: string; release?: number; from?: string; to?: string }) {
  const release = await releaseHeaderByNumber(db, input.release);
  const points = await readSeries(queryable(db), release.id, await dyadIdOf(db, input.dyad), { from: input.from, to: input.to });
  return { release, points: points.map(({ day, ...p }) => ({ date: dayString(day), ...p })) };
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

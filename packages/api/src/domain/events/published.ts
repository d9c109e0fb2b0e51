// The public record of one event, read only from published releases: the revisions they
// included, the intensity they computed with, and a later release's retraction. Drafts, pending
// revisions, reviews and people never show, because nothing here reads them.
import type { Db, Prisma } from "@rti/db";
import { DomainError } from "../../errors";
import { changedFields, type ComparableRevision } from "../../schemas/revision-fields";
import type { Changelog } from "../releases/changelog";
import { day } from "./dto";

const actor = { select: { code: true, name: true } } as const;

export const publicRevision = {
  id: true,
  number: true,
  createdAt: true,
  changeNote: true,
  date: true,
  datePrecision: true,
  cameoCode: true,
  intensity: true,
  intensityReason: true,
  weight: true,
  title: true,
  summary: true,
  source: actor,
  target: actor,
  cameo: { select: { name: true, goldstein: true } },
  dyad: { select: { slug: true, a: actor, b: actor } },
  sources: { orderBy: { position: "asc" }, select: { url: true, publisher: true, publishedAt: true, quote: true } },
  event: { select: { createdAt: true } },
} satisfies Prisma.EventRevisionSelect;

export type PublicRevision = Prisma.EventRevisionGetPayload<{ select: typeof publicRevision }>;

function comparable(r: PublicRevision): ComparableRevision {
  return {
    source: r.source,
    target: r.target,
    date: day(r.date),
    datePrecision: r.datePrecision,
    code: r.cameoCode,
    codeName: r.cameo.name,
    intensity: r.intensity.toNumber(),
    intensityReason: r.intensityReason,
    weight: r.weight.toNumber(),
    title: r.title,
    summary: r.summary,
    sources: r.sources.map((s) => ({ url: s.url, publisher: s.publisher, publishedAt: s.publishedAt ? day(s.publishedAt) : null, quote: s.quote })),
  };
}

/** Each public revision, newest first, with what changed since the public revision before it. */
function publicHistory(revisions: PublicRevision[]) {
  const oldestFirst = [...new Map(revisions.map((r) => [r.id, r])).values()].sort((a, b) => a.number - b.number);
  return oldestFirst
    .map((r, i) => {
      const previous = oldestFirst[i - 1];
      return {
        revision: r.number,
        changeNote: r.changeNote,
        createdAt: r.createdAt.toISOString(),
        comparedWith: previous?.number ?? null,
        changes: previous ? changedFields(comparable(previous), comparable(r)) : [],
      };
    })
    .reverse();
}

/** The first published release after `afterNumber` whose changelog lists the event as retracted. */
async function retraction(db: Db, eventId: string, afterNumber: number) {
  const release = await db.release.findFirst({
    where: { status: "published", number: { gt: afterNumber }, changelog: { path: ["retracted"], array_contains: [{ eventId }] } },
    orderBy: { number: "asc" },
    select: { number: true, publishedAt: true, changelog: true },
  });
  const entry = (release?.changelog as Changelog | undefined)?.retracted.find((e) => e.eventId === eventId);
  if (!release || !entry) return null;
  return { release: release.number!, publishedAt: release.publishedAt!.toISOString(), reason: entry.reason };
}

/** What the public sees of an event as one release included it, with the intensity that release computed with. */
export function publicEventFacts(eventId: string, r: PublicRevision, intensity: number) {
  const facts = comparable(r);
  return {
    id: eventId,
    revision: r.number,
    title: r.title,
    summary: r.summary,
    date: facts.date,
    datePrecision: r.datePrecision,
    source: r.source,
    target: r.target,
    dyad: { slug: r.dyad.slug, actorA: r.dyad.a, actorB: r.dyad.b },
    cameo: { code: r.cameoCode, name: r.cameo.name, goldstein: r.cameo.goldstein.toNumber() },
    intensity,
    // Only an editor's override carries a reason; a methodology version's replacement does not.
    intensityReason: r.intensityReason,
    weight: facts.weight,
    sources: facts.sources,
    createdAt: r.event.createdAt.toISOString(),
    /** When the included revision was written. */
    updatedAt: r.createdAt.toISOString(),
  };
}

export async function loadPublishedEvent(db: Db, eventId: string) {
  // release_event is keyed by release first; its index on the revision finds one event's rows.
  const revisions = await db.eventRevision.findMany({ where: { eventId }, select: { id: true } });
  const rows = await db.releaseEvent.findMany({
    where: { revisionId: { in: revisions.map((r) => r.id) }, release: { status: "published" } },
    select: {
      intensity: true,
      release: { select: { number: true, asOf: true, publishedAt: true, methodology: { select: { name: true } } } },
      revision: { select: publicRevision },
    },
    orderBy: { release: { number: "desc" } },
  });
  const newest = rows[0];
  if (!newest) {
    throw new DomainError(
      "NOT_FOUND",
      "No published release includes this event, so it has no public page: check the address, or find the event on its dyad's page.",
    );
  }
  return {
    ...publicEventFacts(eventId, newest.revision, newest.intensity),
    releases: rows.map((x) => ({
      number: x.release.number!,
      asOf: day(x.release.asOf),
      publishedAt: x.release.publishedAt!.toISOString(),
      methodology: x.release.methodology.name,
      revision: x.revision.number,
      intensity: x.intensity,
    })),
    history: publicHistory(rows.map((x) => x.revision)),
    retracted: await retraction(db, eventId, newest.release.number!),
  };
}

// "What moved it": the released events behind one day's value of a dyad, as the engine explains
// it with the release's own events, intensities and methodology.
import type { Db } from "@rti/db";
import { dayNumber, explain } from "@rti/engine";
import { DomainError, invalidField } from "../../errors";
import { day } from "../events/dto";
import { dyadIdOf, engineEventOf, releaseHeaderByNumber, releasedEvents, type ReleaseHeader } from "./read";

/** How many events an explanation lists; the rest are summed up as "others". */
export const EXPLAIN_LIMIT = 10;

export async function explainDay(db: Db, release: ReleaseHeader, dyad: { id: number; slug: string }, date: string) {
  const summary = await db.releaseDyad.findUnique({ where: { releaseId_dyadId: { releaseId: release.id, dyadId: dyad.id } }, select: { startDay: true } });
  if (!summary) throw new DomainError("NOT_FOUND", `Release R${release.number} has no events for ${dyad.slug}.`);
  const first = day(summary.startDay);
  if (date < first || date > release.asOf) {
    throw invalidField("date", `Pick a day from ${first} to ${release.asOf}: release R${release.number} has ${dyad.slug}'s index for those days only.`);
  }
  const events = await releasedEvents(db, release.id, dyad.id);
  const byId = new Map(events.map((e) => [e.eventId, e]));
  const explanation = explain(events.map(engineEventOf), dayNumber(date), release.methodology, EXPLAIN_LIMIT);
  const listed = explanation.contributions.reduce((sum, c) => sum + c.share, 0);
  const contributing = events.filter((e) => e.date <= date && e.intensity !== 0).length;
  return {
    date,
    value: explanation.value,
    pressure: explanation.pressure,
    contributions: explanation.contributions.map((c) => ({ event: byId.get(c.eventId)!, pressure: c.pressure, share: c.share })),
    /** Events that push the day's value but are not listed, and their share of it. */
    others: { count: contributing - explanation.contributions.length, share: Math.max(0, 1 - listed) },
  };
}

/** explainDay in a published release (the latest when no number), for a dyad given by its slug. */
export async function explainPublished(db: Db, input: { dyad: string; release?: number; date: string }) {
  const release = await releaseHeaderByNumber(db, input.release);
  const dyad = { id: await dyadIdOf(db, input.dyad), slug: input.dyad };
  return { release, explanation: { dyad: input.dyad, release: { number: release.number }, ...(await explainDay(db, release, dyad, input.date)) } };
}

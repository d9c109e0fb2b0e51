// A release's changelog against the previous published release (product.md, Release): events
// added, changed and retracted (with reasons), and per dyad how far the index moved.
import type { Prisma } from "@rti/db";
import { dayString } from "@rti/engine";
import { z } from "zod";
import { day } from "../events/dto";
import type { IncludedRevision } from "./inputs";
import type { LargestChange } from "./summary";

const eventRef = z.object({ eventId: z.string(), title: z.string(), dyad: z.string(), date: z.string() });

export const changelogSchema = z.object({
  previous: z.object({ id: z.string(), number: z.number().int() }).nullable(),
  added: z.array(eventRef.extend({ revision: z.number().int() })),
  changed: z.array(eventRef.extend({ fromRevision: z.number().int(), toRevision: z.number().int(), changeNote: z.string().nullable() })),
  retracted: z.array(eventRef.extend({ reason: z.string(), retractedAt: z.string().nullable() })),
  /** In the previous release, not in this one, and not retracted (e.g. its date moved past the cut-off). */
  removed: z.array(eventRef),
  dyads: z.array(
    z.object({
      dyad: z.string(),
      status: z.enum(["new", "changed", "unchanged", "dropped"]),
      value: z.number().nullable(),
      largestChange: z.object({ day: z.string(), before: z.number(), after: z.number(), delta: z.number() }).nullable(),
    }),
  ),
});
export type Changelog = z.infer<typeof changelogSchema>;

type Tx = Pick<Prisma.TransactionClient, "releaseEvent">;

export async function eventChanges(
  tx: Tx,
  previous: { id: string; number: number } | null,
  included: IncludedRevision[],
): Promise<Pick<Changelog, "added" | "changed" | "retracted" | "removed">> {
  const before = previous
    ? await tx.releaseEvent.findMany({
        where: { releaseId: previous.id },
        select: {
          eventId: true,
          revision: {
            select: { number: true, title: true, date: true, dyad: { select: { slug: true } }, event: { select: { status: true, retractionReason: true, retractedAt: true } } },
          },
        },
      })
    : [];
  const old = new Map(before.map((b) => [b.eventId, b.revision]));
  const now = new Set(included.map((i) => i.eventId));
  const ref = (eventId: string, r: { title: string; date: Date; dyad: { slug: string } }) => ({ eventId, title: r.title, dyad: r.dyad.slug, date: day(r.date) });

  const added: Changelog["added"] = [];
  const changed: Changelog["changed"] = [];
  for (const i of included) {
    const was = old.get(i.eventId);
    const base = { eventId: i.eventId, title: i.title, dyad: i.dyad, date: i.date };
    if (!was) added.push({ ...base, revision: i.number });
    else if (was.number !== i.number) changed.push({ ...base, fromRevision: was.number, toRevision: i.number, changeNote: i.changeNote });
  }
  const retracted: Changelog["retracted"] = [];
  const removed: Changelog["removed"] = [];
  for (const [eventId, r] of old) {
    if (now.has(eventId)) continue;
    if (r.event.status === "retracted") {
      retracted.push({ ...ref(eventId, r), reason: r.event.retractionReason ?? "", retractedAt: r.event.retractedAt?.toISOString() ?? null });
    } else removed.push(ref(eventId, r));
  }
  const byDate = <T extends { date: string }>(xs: T[]) => xs.sort((a, b) => a.date.localeCompare(b.date));
  return { added: byDate(added), changed: byDate(changed), retracted: byDate(retracted), removed: byDate(removed) };
}

/** The dyads whose events the changelog lists (added, changed, retracted or removed). */
export function dyadsWithEventChanges(c: Pick<Changelog, "added" | "changed" | "retracted" | "removed">): Set<string> {
  return new Set([...c.added, ...c.changed, ...c.retracted, ...c.removed].map((e) => e.dyad));
}

/**
 * "changed" when the days both releases cover differ, or when the dyad's events changed (an
 * event after the previous cut-off moves only days the previous release did not have).
 */
export function dyadChange(
  dyad: string,
  value: number | null,
  change: LargestChange | null,
  inPrevious: boolean,
  eventsChanged: boolean,
): Changelog["dyads"][number] {
  const status = value === null ? "dropped" : !inPrevious ? "new" : change || eventsChanged ? "changed" : "unchanged";
  return {
    dyad,
    status,
    value,
    largestChange: change ? { day: dayString(change.day), before: change.before, after: change.after, delta: change.delta } : null,
  };
}

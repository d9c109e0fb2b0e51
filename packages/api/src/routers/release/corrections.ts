import { z } from "zod";
import { changelogSchema, type Changelog } from "../../domain/releases/changelog";
import { publicProcedure } from "../../trpc";

export const correctionSchema = z.object({
  release: z.object({ number: z.number().int(), publishedAt: z.string() }),
  kind: z.enum(["retracted", "changed"]),
  eventId: z.string(),
  title: z.string(),
  dyad: z.string(),
  date: z.string(),
  /** The retraction's reason, or the change note of the new revision. */
  reason: z.string().nullable(),
  fromRevision: z.number().int().nullable(),
  toRevision: z.number().int().nullable(),
});

/** The public corrections feed: events retracted or changed in published releases, newest release first. */
export const corrections = publicProcedure.output(z.array(correctionSchema)).query(async ({ ctx }) => {
  const releases = await ctx.db.release.findMany({
    where: { status: "published" },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, changelog: true },
  });
  return releases.flatMap((r) => {
    const c = changelogSchema.parse(r.changelog) as Changelog;
    const release = { number: r.number!, publishedAt: r.publishedAt!.toISOString() };
    return [
      ...c.retracted.map((e) => ({ release, kind: "retracted" as const, eventId: e.eventId, title: e.title, dyad: e.dyad, date: e.date, reason: e.reason, fromRevision: null, toRevision: null })),
      ...c.changed.map((e) => ({ release, kind: "changed" as const, eventId: e.eventId, title: e.title, dyad: e.dyad, date: e.date, reason: e.changeNote, fromRevision: e.fromRevision, toRevision: e.toRevision })),
    ];
  });
});

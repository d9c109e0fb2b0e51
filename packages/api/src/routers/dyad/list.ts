import { z } from "zod";
import { day } from "../../domain/events/dto";
import { publicProcedure } from "../../trpc";

export const dyadSummarySchema = z.object({
  slug: z.string(),
  actorA: z.object({ code: z.string(), name: z.string() }),
  actorB: z.object({ code: z.string(), name: z.string() }),
  eventCount: z.number().int(),
  latestEvent: z.object({ id: z.string(), date: z.string(), title: z.string() }).nullable(),
});
export type DyadSummary = z.infer<typeof dyadSummarySchema>;

/**
 * Dyads with at least one event in force (approved, not retracted), counted by their approved
 * revisions, most recently active first. Drafts stay unseen by the public.
 */
export const listDyads = publicProcedure.output(z.array(dyadSummarySchema)).query(async ({ ctx }) => {
  const inForce = { approvedOf: { is: { status: { not: "retracted" as const } } } };
  const dyads = await ctx.db.dyad.findMany({
    where: { revisions: { some: inForce } },
    include: {
      a: true,
      b: true,
      revisions: { where: inForce, orderBy: [{ date: "desc" }, { createdAt: "desc" }], select: { eventId: true, date: true, title: true } },
    },
  });
  return dyads
    .map((d) => {
      const latest = d.revisions[0];
      return {
        slug: d.slug,
        actorA: { code: d.a.code, name: d.a.name },
        actorB: { code: d.b.code, name: d.b.name },
        eventCount: d.revisions.length,
        latestEvent: latest ? { id: latest.eventId, date: day(latest.date), title: latest.title } : null,
      };
    })
    .sort((x, y) => (y.latestEvent?.date ?? "").localeCompare(x.latestEvent?.date ?? "") || x.slug.localeCompare(y.slug));
});

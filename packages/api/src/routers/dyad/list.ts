import { z } from "zod";
import { publicProcedure } from "../../trpc";

export const dyadSummarySchema = z.object({
  slug: z.string(),
  actorA: z.object({ code: z.string(), name: z.string() }),
  actorB: z.object({ code: z.string(), name: z.string() }),
  eventCount: z.number().int(),
  latestEvent: z.object({ id: z.string(), date: z.string(), title: z.string() }).nullable(),
});
export type DyadSummary = z.infer<typeof dyadSummarySchema>;

/** Every dyad with its approved-event count and newest approved event, most recent first. */
export const listDyads = publicProcedure.output(z.array(dyadSummarySchema)).query(async ({ ctx }) => {
  const dyads = await ctx.db.dyad.findMany({
    include: {
      a: true,
      b: true,
      _count: { select: { events: { where: { status: "approved" } } } },
      events: { where: { status: "approved" }, orderBy: { date: "desc" }, take: 1 },
    },
  });
  return dyads
    .map((d) => {
      const latest = d.events[0];
      return {
        slug: d.slug,
        actorA: { code: d.a.code, name: d.a.name },
        actorB: { code: d.b.code, name: d.b.name },
        eventCount: d._count.events,
        latestEvent: latest ? { id: latest.id, date: latest.date.toISOString().slice(0, 10), title: latest.title } : null,
      };
    })
    .sort((x, y) => (y.latestEvent?.date ?? "").localeCompare(x.latestEvent?.date ?? "") || x.slug.localeCompare(y.slug));
});

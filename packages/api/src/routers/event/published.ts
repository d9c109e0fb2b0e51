import { z } from "zod";
import { loadPublishedEvent } from "../../domain/events/published";
import { DATE_PRECISIONS } from "../../schemas/event";
import { publicProcedure } from "../../trpc";

const actor = z.object({ code: z.string(), name: z.string() });

export const publishedEventSchema = z.object({
  id: z.string(),
  /** The revision the newest published release including the event computed with. */
  revision: z.number().int(),
  title: z.string(),
  summary: z.string().nullable(),
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  source: actor,
  target: actor,
  dyad: z.object({ slug: z.string(), actorA: actor, actorB: actor }),
  cameo: z.object({ code: z.string(), name: z.string(), goldstein: z.number() }),
  /** The intensity that release computed with (release_event.intensity). */
  intensity: z.number(),
  /** The editors' reason for departing from the Goldstein value; null when they did not. */
  intensityReason: z.string().nullable(),
  weight: z.number(),
  sources: z.array(z.object({ url: z.string(), publisher: z.string().nullable(), publishedAt: z.string().nullable(), quote: z.string().nullable() })),
  /** Every published release that includes the event, newest first. */
  releases: z.array(
    z.object({
      number: z.number().int(),
      asOf: z.string(),
      publishedAt: z.string(),
      methodology: z.string(),
      revision: z.number().int(),
      intensity: z.number(),
    }),
  ),
  /** The revisions some published release included, newest first. */
  history: z.array(
    z.object({
      revision: z.number().int(),
      changeNote: z.string().nullable(),
      createdAt: z.string(),
      /** The previous public revision; null for the first. */
      comparedWith: z.number().int().nullable(),
      changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
    }),
  ),
  /** The first later release that took the event out as retracted, with the reason. */
  retracted: z.object({ release: z.number().int(), publishedAt: z.string(), reason: z.string() }).nullable(),
});

/** An event as the published releases show it; NOT_FOUND until one includes it. */
export const published = publicProcedure
  .input(z.object({ id: z.uuid("Unknown event: an event id is a UUID.") }))
  .output(publishedEventSchema)
  .query(({ ctx, input }) => loadPublishedEvent(ctx.db, input.id));

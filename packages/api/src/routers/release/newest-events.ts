import { z } from "zod";
import { newestReleasedEvents, releaseByNumber } from "../../domain/releases/read";
import { publishedEventSchema } from "../event/published";
import { publicProcedure } from "../../trpc";
import { releaseEventSchema } from "./events";

export const newestEventSchema = releaseEventSchema
  .omit({ sourceActor: true, targetActor: true })
  .extend(publishedEventSchema.pick({ dyad: true, source: true, target: true }).shape);

/** The newest events a published release (the latest by default) includes, across all its dyads, newest first. */
export const newestEvents = publicProcedure
  .input(
    z
      .object({
        release: z.number().int().positive().optional(),
        limit: z.number().int().min(1, "Ask for at least one event.").max(50, "At most 50 events at a time.").default(10),
      })
      // Parsed, so an absent input gets the default limit too.
      .prefault({}),
  )
  .output(z.object({ release: z.object({ number: z.number().int() }), events: z.array(newestEventSchema) }))
  .query(async ({ ctx, input }) => {
    const release = await releaseByNumber(ctx.db, input.release);
    return { release: { number: release.number! }, events: await newestReleasedEvents(ctx.db, release.id, input.limit) };
  });

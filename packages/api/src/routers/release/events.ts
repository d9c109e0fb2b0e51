import { z } from "zod";
import { dyadIdOf, releaseByNumber, releasedEvents } from "../../domain/releases/read";
import { seriesInput } from "../../schemas/release";
import { publicProcedure } from "../../trpc";

export const releaseEventSchema = z.object({
  eventId: z.string(),
  date: z.string(),
  sourceActor: z.string(),
  targetActor: z.string(),
  cameo: z.object({ code: z.string(), name: z.string() }),
  /** The intensity the release computed with (release_event.intensity). */
  intensity: z.number(),
  weight: z.number(),
  title: z.string(),
});

/** The events a published release (the latest by default) includes for one dyad, oldest first. */
export const events = publicProcedure
  .input(seriesInput.pick({ dyad: true, release: true }))
  .output(z.object({ dyad: z.string(), release: z.object({ number: z.number().int() }), events: z.array(releaseEventSchema) }))
  .query(async ({ ctx, input }) => {
    const release = await releaseByNumber(ctx.db, input.release);
    const dyadId = await dyadIdOf(ctx.db, input.dyad);
    return { dyad: input.dyad, release: { number: release.number! }, events: await releasedEvents(ctx.db, release.id, dyadId) };
  });

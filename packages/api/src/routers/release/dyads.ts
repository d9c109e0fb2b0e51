import { z } from "zod";
import { rankedDyadSchema, releaseSummarySchema, summariseRelease } from "../../domain/releases/dto";
import { rankedDyads, releaseByNumber } from "../../domain/releases/read";
import { publicProcedure } from "../../trpc";

/** Every dyad of a published release (the latest by default), most tense first. */
export const dyads = publicProcedure
  .input(z.object({ release: z.number().int().positive().optional() }).optional())
  .output(z.object({ release: releaseSummarySchema, dyads: z.array(rankedDyadSchema) }))
  .query(async ({ ctx, input }) => {
    const release = await releaseByNumber(ctx.db, input?.release);
    return { release: summariseRelease(release), dyads: await rankedDyads(ctx.db, release.id, release.asOf) };
  });

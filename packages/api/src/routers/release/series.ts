import { z } from "zod";
import { methodologySchema } from "../../domain/releases/dto";
import { publishedSeries } from "../../domain/releases/read";
import { seriesInput } from "../../schemas/release";
import { publicProcedure } from "../../trpc";

export const seriesPointSchema = z.object({
  date: z.string(),
  value: z.number(),
  pressure: z.number(),
  conflict: z.number(),
  cooperation: z.number(),
  aToB: z.number(),
  bToA: z.number(),
  events: z.number().int(),
});

/** A dyad's daily series in a published release (the latest by default), with what produced it. */
export const series = publicProcedure
  .input(seriesInput)
  .output(z.object({ dyad: z.string(), release: z.object({ number: z.number().int(), publishedAt: z.string() }), methodology: methodologySchema, points: z.array(seriesPointSchema) }))
  .query(async ({ ctx, input }) => {
    const { release, points } = await publishedSeries(ctx.db, input);
    return { dyad: input.dyad, release: { number: release.number, publishedAt: release.publishedAt }, methodology: release.methodology, points };
  });

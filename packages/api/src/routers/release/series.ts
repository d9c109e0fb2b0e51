import { dayString } from "@rti/engine";
import { queryable } from "@rti/db";
import { z } from "zod";
import { dyadIdOf, releaseByNumber } from "../../domain/releases/read";
import { readSeries } from "../../domain/releases/series-store";
import { methodologySchema } from "../../domain/releases/dto";
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
    const release = await releaseByNumber(ctx.db, input.release);
    const points = await readSeries(queryable(ctx.db), release.id, await dyadIdOf(ctx.db, input.dyad), { from: input.from, to: input.to });
    return {
      dyad: input.dyad,
      release: { number: release.number!, publishedAt: release.publishedAt! },
      methodology: release.methodology,
      points: points.map(({ day, ...p }) => ({ date: dayString(day), ...p })),
    };
  });

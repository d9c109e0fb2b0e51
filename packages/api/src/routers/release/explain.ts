import { z } from "zod";
import { explainPublished } from "../../domain/releases/explain";
import { explainInput } from "../../schemas/release";
import { publicProcedure } from "../../trpc";
import { releaseEventSchema } from "./events";

export const explanationSchema = z.object({
  dyad: z.string(),
  release: z.object({ number: z.number().int() }),
  date: z.string(),
  /** The day's index and pressure, as the release's series has them. */
  value: z.number(),
  pressure: z.number(),
  /** The events that push that day's pressure most, biggest first. */
  contributions: z.array(z.object({ event: releaseEventSchema, pressure: z.number(), share: z.number() })),
  others: z.object({ count: z.number().int(), share: z.number() }),
});

/** "What moved it": the released events behind a dyad's value on one day of a published release. */
export const explain = publicProcedure
  .input(explainInput)
  .output(explanationSchema)
  .query(async ({ ctx, input }) => (await explainPublished(ctx.db, input)).explanation);

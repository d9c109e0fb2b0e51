import { z } from "zod";
import { explainPublished } from "../../../domain/releases/explain";
import { servedFromRelease } from "../../../rest/caching";
import { explanationSchema } from "../../release/explain";
import { publicProcedure } from "../../../trpc";
import { dayParam, releaseParam, slugParam } from "../params";

/** GET /dyads/{slug}/explain: the events behind one day's value. */
export const explain = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/dyads/{slug}/explain",
      protect: false,
      tags: ["dyads"],
      summary: "What moved a day's value",
      description:
        "The released events that push the dyad's pressure most on that day, biggest first, each with its push (weight × −intensity, halved every half-life since) and its share; the rest are summed up as `others`.",
      errorResponses: { 400: "A parameter is not valid, or the day is outside the dyad's series", 404: "No such dyad or release" },
    },
  })
  .input(z.object({ slug: slugParam, date: dayParam("The day to explain (YYYY-MM-DD)."), release: releaseParam }))
  .output(explanationSchema)
  .query(async ({ ctx, input }) => {
    const { release, explanation } = await explainPublished(ctx.db, { dyad: input.slug, release: input.release, date: input.date });
    servedFromRelease(ctx, release.id, input.release !== undefined);
    return explanation;
  });

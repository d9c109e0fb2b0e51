import { z } from "zod";
import { rankedDyadSchema } from "../../../domain/releases/dto";
import { releaseDyadFigures, releaseHeaderByNumber } from "../../../domain/releases/read";
import { servedFromRelease } from "../../../rest/caching";
import { publicProcedure } from "../../../trpc";
import { releaseParam, releaseRefSchema, singlePageCursor } from "../params";

export const dyadSchema = rankedDyadSchema.omit({ sparkline: true }).meta({ id: "Dyad", description: "A dyad as a release has it, on its cut-off day." });

/** GET /dyads: every dyad of a published release, most tense first. */
export const list = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/dyads",
      protect: false,
      tags: ["dyads"],
      summary: "Every dyad of a release",
      description: "Each dyad's latest value (0 warmest to 100 most hostile), band and 7- and 30-day change, most tense first.",
      errorResponses: { 400: "A parameter is not valid", 404: "No such release (or none published yet)" },
    },
  })
  .input(z.object({ release: releaseParam }))
  .output(z.object({ release: releaseRefSchema, data: z.array(dyadSchema), nextCursor: singlePageCursor }))
  .query(async ({ ctx, input }) => {
    const release = await releaseHeaderByNumber(ctx.db, input.release);
    servedFromRelease(ctx, release.id, input.release !== undefined);
    const dyads = await releaseDyadFigures(ctx.db, release.id);
    return { release: { number: release.number, publishedAt: release.publishedAt }, data: dyads.map(({ dyadId: _, ...d }) => d), nextCursor: null };
  });

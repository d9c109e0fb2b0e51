import { z } from "zod";
import { methodologySchema } from "../../../domain/releases/dto";
import { publishedSeries } from "../../../domain/releases/read";
import { servedFromRelease } from "../../../rest/caching";
import { toCsv } from "../../../rest/csv";
import { seriesPointSchema } from "../../release/series";
import { publicProcedure } from "../../../trpc";
import { dayParam, RANGE_IN_ORDER, rangeInOrder, releaseParam, releaseRefSchema, slugParam } from "../params";

const POINT_FIELDS = ["date", "value", "pressure", "conflict", "cooperation", "events"] as const;

const pointSchema = seriesPointSchema.pick({ date: true, value: true, pressure: true, conflict: true, cooperation: true, events: true }).meta({
  id: "SeriesPoint",
  description:
    "One day: the index (0–100), the pressure P behind it, its conflict and cooperation parts, and how many events fell on the day. Unrounded.",
});

const seriesSchema = z.object({
  dyad: z.string(),
  release: releaseRefSchema,
  methodology: methodologySchema.pick({ version: true, halfLifeDays: true, scale: true }),
  points: z.array(pointSchema),
});
type Series = z.infer<typeof seriesSchema>;

/** GET /dyads/{slug}/series: a dyad's daily points in a release, as JSON or CSV. */
export const series = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/dyads/{slug}/series",
      protect: false,
      tags: ["dyads"],
      summary: "A dyad's daily series",
      description:
        "One point a day from the dyad's first event to the release's cut-off, with the release and the methodology version and parameters that produced them. `format=csv` gives the points as CSV, one row a day.",
      errorResponses: { 400: "A parameter is not valid", 404: "No such dyad or release" },
    },
    rest: { csv: (output: Series) => toCsv(output.points, POINT_FIELDS) },
  })
  .input(
    z
      .object({
        slug: slugParam,
        from: dayParam("First day to include (YYYY-MM-DD).").optional(),
        to: dayParam("Last day to include (YYYY-MM-DD).").optional(),
        release: releaseParam,
        format: z.enum(["json", "csv"]).default("json").meta({ description: "json (default) or csv." }),
      })
      .refine(rangeInOrder, RANGE_IN_ORDER),
  )
  .output(seriesSchema)
  .query(async ({ ctx, input }) => {
    const { release, points } = await publishedSeries(ctx.db, { dyad: input.slug, release: input.release, from: input.from, to: input.to });
    servedFromRelease(ctx, release.id, input.release !== undefined);
    const { version, halfLifeDays, scale } = release.methodology;
    return {
      dyad: input.slug,
      release: { number: release.number, publishedAt: release.publishedAt },
      methodology: { version, halfLifeDays, scale },
      points: points.map((p) => ({ date: p.date, value: p.value, pressure: p.pressure, conflict: p.conflict, cooperation: p.cooperation, events: p.events })),
    };
  });

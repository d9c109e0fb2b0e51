import { z } from "zod";
import { publishedReleaseRef } from "../../../domain/releases/read";
import { DomainError } from "../../../errors";
import { servedFromRelease } from "../../../rest/caching";
import { methodologyVersions, methodologyVersionSchema } from "../../methodology/list";
import { publicProcedure } from "../../../trpc";

const VERSION_RULE = "A methodology version is a whole number, e.g. 1 for RTI-1.";

/** GET /methodology/{version}: one version of the index's formulas' parameters. */
export const get = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/methodology/{version}",
      protect: false,
      tags: ["methodology"],
      summary: "One methodology version",
      description:
        "The half-life H (days) and scale K of the index's formulas, the intensities that replace some CAMEO codes' Goldstein values, and how many published releases used the version.",
      errorResponses: { 400: "The version is not a whole number", 404: "No such version" },
    },
  })
  .input(
    z.object({
      version: z.coerce
        .number<number>({ error: VERSION_RULE })
        .int(VERSION_RULE)
        .positive(VERSION_RULE)
        .meta({ description: "The version number: 1 is RTI-1." }),
    }),
  )
  .output(methodologyVersionSchema.meta({ id: "MethodologyVersion" }))
  .query(async ({ ctx, input }) => {
    // How many releases used it changes only with a new release, so the latest release keys the cache.
    const latest = await publishedReleaseRef(ctx.db);
    const found = (await methodologyVersions(ctx.db)).find((m) => m.version === input.version);
    if (!found) throw new DomainError("NOT_FOUND", `There is no methodology version ${input.version}.`);
    servedFromRelease(ctx, latest?.id ?? null, false);
    return found;
  });

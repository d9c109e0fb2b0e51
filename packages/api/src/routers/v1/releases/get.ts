import { z } from "zod";
import { releaseByNumber } from "../../../domain/releases/read";
import { servedFromRelease } from "../../../rest/caching";
import { publicProcedure } from "../../../trpc";
import { releaseNumberParam } from "../params";
import { apiReleaseSchema } from "./schema";

/** GET /releases/{number}: one published release with its changelog. */
export const get = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/releases/{number}",
      protect: false,
      tags: ["releases"],
      summary: "One release",
      description: "A published release with its changelog: events added, changed and retracted since the previous release, and how far each dyad moved.",
      errorResponses: { 400: "The number is not a release number", 404: "No such release" },
    },
  })
  .input(z.object({ number: releaseNumberParam().meta({ description: "The release number (R3 is 3)." }) }))
  .output(apiReleaseSchema)
  .query(async ({ ctx, input }) => {
    const release = await releaseByNumber(ctx.db, input.number);
    servedFromRelease(ctx, release.id, true);
    return release;
  });

import { releaseByNumber } from "../../../domain/releases/read";
import { servedFromRelease } from "../../../rest/caching";
import { publicProcedure } from "../../../trpc";
import { apiReleaseSchema } from "./schema";

/** GET /releases/latest (declared before /releases/{number}, which would otherwise take it). */
export const latest = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/releases/latest",
      protect: false,
      tags: ["releases"],
      summary: "The latest release",
      description: "The newest published release, with its changelog.",
      errorResponses: { 404: "No release has been published yet" },
    },
  })
  .output(apiReleaseSchema)
  .query(async ({ ctx }) => {
    const release = await releaseByNumber(ctx.db, undefined);
    servedFromRelease(ctx, release.id, false);
    return release;
  });

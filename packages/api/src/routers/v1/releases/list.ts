import { z } from "zod";
import { publishedReleases } from "../../../domain/releases/read";
import { servedFromRelease } from "../../../rest/caching";
import { publicProcedure } from "../../../trpc";
import { singlePageCursor } from "../params";
import { apiReleaseSummarySchema } from "./schema";

/** GET /releases: every published release, newest first. */
export const list = publicProcedure
  .meta({
    openapi: { method: "GET", path: "/releases", protect: false, tags: ["releases"], summary: "Every published release", description: "Newest first, without changelogs." },
  })
  .output(z.object({ data: z.array(apiReleaseSummarySchema), nextCursor: singlePageCursor }))
  .query(async ({ ctx }) => {
    const releases = await publishedReleases(ctx.db);
    servedFromRelease(ctx, releases[0]?.id ?? null, false);
    return { data: releases.map(({ changelog: _, ...r }) => r), nextCursor: null };
  });

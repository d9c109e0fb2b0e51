import { z } from "zod";
import { releaseSummarySchema, summariseRelease } from "../../domain/releases/dto";
import { publishedReleases } from "../../domain/releases/read";
import { publicProcedure } from "../../trpc";

/** Published releases, newest first, each with its changelog's counts (the changelogs are release.get's). */
export const list = publicProcedure.output(z.array(releaseSummarySchema)).query(async ({ ctx }) => (await publishedReleases(ctx.db)).map(summariseRelease));

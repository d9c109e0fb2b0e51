import { z } from "zod";
import { releaseSchema } from "../../domain/releases/dto";
import { publishedReleases } from "../../domain/releases/read";
import { publicProcedure } from "../../trpc";

/** Published releases, newest first. */
export const list = publicProcedure.output(z.array(releaseSchema)).query(({ ctx }) => publishedReleases(ctx.db));

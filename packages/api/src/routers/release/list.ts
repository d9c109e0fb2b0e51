import { z } from "zod";
import { releaseInclude, releaseSchema, toReleaseDto } from "../../domain/releases/dto";
import { publicProcedure } from "../../trpc";

/** Published releases, newest first. */
export const list = publicProcedure.output(z.array(releaseSchema)).query(async ({ ctx }) => {
  const rows = await ctx.db.release.findMany({ where: { status: "published" }, orderBy: { number: "desc" }, include: releaseInclude });
  return rows.map(toReleaseDto);
});

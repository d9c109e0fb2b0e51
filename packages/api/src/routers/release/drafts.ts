import { z } from "zod";
import { releaseInclude, releaseSchema, toReleaseDto } from "../../domain/releases/dto";
import { publisherProcedure } from "../../trpc";

/** Unpublished drafts, newest first. */
export const drafts = publisherProcedure.output(z.array(releaseSchema)).query(async ({ ctx }) => {
  const rows = await ctx.db.release.findMany({ where: { status: "draft" }, orderBy: { createdAt: "desc" }, include: releaseInclude });
  return rows.map(toReleaseDto);
});

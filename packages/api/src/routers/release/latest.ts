import { releaseSchema } from "../../domain/releases/dto";
import { releaseByNumber } from "../../domain/releases/read";
import { publicProcedure } from "../../trpc";

/** The newest published release, or null before the first one. */
export const latest = publicProcedure.output(releaseSchema.nullable()).query(async ({ ctx }) => {
  const any = await ctx.db.release.count({ where: { status: "published" } });
  return any ? releaseByNumber(ctx.db, undefined) : null;
});

import { releaseInclude, releaseSchema, toReleaseDto } from "../../domain/releases/dto";
import { draftRelease } from "../../domain/releases/workflow";
import { createReleaseInput } from "../../schemas/release";
import { publisherProcedure } from "../../trpc";

/** Drafts a release from the approved events as of `asOf`, computed and with its changelog. */
export const create = publisherProcedure
  .input(createReleaseInput)
  .output(releaseSchema)
  .mutation(async ({ ctx, input }) => {
    const id = await draftRelease(ctx.db, ctx.viewer, input);
    return toReleaseDto(await ctx.db.release.findUniqueOrThrow({ where: { id }, include: releaseInclude }));
  });

import { loadRelease, releaseSchema } from "../../domain/releases/dto";
import { draftRelease } from "../../domain/releases/workflow";
import { createReleaseInput } from "../../schemas/release";
import { publisherProcedure } from "../../trpc";

/** Drafts a release from the approved events as of `asOf`, computed and with its changelog. */
export const create = publisherProcedure
  .input(createReleaseInput)
  .output(releaseSchema)
  .mutation(async ({ ctx, input }) => {
    const id = await draftRelease(ctx.db, ctx.viewer, input);
    return loadRelease(ctx.db, id);
  });

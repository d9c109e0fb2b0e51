import { loadRelease, releaseSchema } from "../../domain/releases/dto";
import { publishRelease } from "../../domain/releases/workflow";
import { releaseIdInput } from "../../schemas/release";
import { publisherProcedure } from "../../trpc";

/** Gives a draft the next number and freezes it for good. */
export const publish = publisherProcedure
  .input(releaseIdInput)
  .output(releaseSchema)
  .mutation(async ({ ctx, input }) => {
    const published = await publishRelease(ctx.db, ctx.viewer, input);
    return loadRelease(ctx.db, published.id);
  });

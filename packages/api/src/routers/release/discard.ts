import { z } from "zod";
import { discardDraft } from "../../domain/releases/workflow";
import { releaseIdInput } from "../../schemas/release";
import { publisherProcedure } from "../../trpc";

/** Throws a draft away (published releases are never removed). */
export const discard = publisherProcedure
  .input(releaseIdInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    await discardDraft(ctx.db, ctx.viewer, input);
    return { id: input.id };
  });

import { releaseInclude, releaseSchema, toReleaseDto } from "../../domain/releases/dto";
import { DomainError } from "../../errors";
import { releaseIdInput } from "../../schemas/release";
import { publisherProcedure } from "../../trpc";

/** Any release by id, drafts included: the studio's view before publishing. */
export const draft = publisherProcedure
  .input(releaseIdInput)
  .output(releaseSchema)
  .query(async ({ ctx, input }) => {
    const release = await ctx.db.release.findUnique({ where: { id: input.id }, include: releaseInclude });
    if (!release) throw new DomainError("NOT_FOUND", "There is no release with this id.");
    return toReleaseDto(release);
  });

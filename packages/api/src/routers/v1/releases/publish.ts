import { loadRelease } from "../../../domain/releases/dto";
import { publishRelease } from "../../../domain/releases/workflow";
import { releaseIdInput } from "../../../schemas/release";
import { publisherProcedure } from "../../../trpc";
import { apiReleaseSchema } from "./schema";

/** POST /releases/{id}/publish: numbers a draft and makes it public, for good. */
export const publish = publisherProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/releases/{id}/publish",
      tags: ["releases"],
      summary: "Publish a release",
      description:
        "Gives a draft the next release number and makes it the latest release; a published release never changes. If another release was published after the draft was made, its changelog is out of date: 409, make a new draft. No body.",
      successDescription: "The published release",
      errorResponses: {
        400: "The id is not a UUID",
        401: "No or an unknown API key",
        403: "The key's owner is not a publisher",
        404: "No such draft",
        409: "Already published, or another release was published after this draft",
      },
    },
  })
  .input(releaseIdInput)
  .output(apiReleaseSchema)
  .mutation(async ({ ctx, input }) => loadRelease(ctx.db, (await publishRelease(ctx.db, ctx.viewer, input)).id));

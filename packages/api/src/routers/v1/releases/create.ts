import { loadRelease } from "../../../domain/releases/dto";
import { draftRelease } from "../../../domain/releases/workflow";
import { createReleaseInput } from "../../../schemas/release";
import { publisherProcedure } from "../../../trpc";
import { apiReleaseSchema } from "./schema";

/** POST /releases: a draft release, computed from the approved events as of its cut-off. */
export const create = publisherProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/releases",
      tags: ["releases"],
      summary: "Draft a release",
      description:
        "Computes a draft from every event approved and in force on `asOf`, with the methodology version given (by default the latest release's) and its changelog against the latest release. A draft has no number and is not public until `POST /releases/{id}/publish`. Computing takes a few seconds for a large index.",
      successDescription: "The draft",
      errorResponses: { 400: "A field is not valid (each is named)", 401: "No or an unknown API key", 403: "The key's owner is not a publisher" },
    },
    rest: { status: 201 },
  })
  .input(createReleaseInput)
  .output(apiReleaseSchema)
  .mutation(async ({ ctx, input }) => loadRelease(ctx.db, await draftRelease(ctx.db, ctx.viewer, input)));

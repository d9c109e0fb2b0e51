import { decideOnRevision } from "../../../domain/events/workflow";
import { reviewInput } from "../../../schemas/event";
import { reviewerProcedure } from "../../../trpc";
import { eventIdParam, revisionEtagHeader } from "../params";
import { apiEventSchema } from "./schema";
import { writeEvent } from "./write";

/** POST /events/{id}/reviews: a reviewer's decision on the revision in review. */
export const review = reviewerProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/events/{id}/reviews",
      tags: ["events"],
      summary: "Review an event",
      description:
        "Approves the revision in review, sends it back for changes, or rejects it, with a comment saying why. `revision` must be the one in review (409 otherwise). Nobody decides on a revision they wrote (four eyes: 403). An approved revision enters the next release.",
      responseHeaders: revisionEtagHeader,
      successDescription: "The event after the decision",
      errorResponses: {
        400: "A field is not valid (each is named)",
        401: "No or an unknown API key",
        403: "The key's owner is not a reviewer, or wrote this revision",
        404: "No such event",
        409: "The revision is not the current one",
        422: "The event is not in review",
      },
    },
  })
  .input(reviewInput.extend({ id: eventIdParam }))
  .output(apiEventSchema)
  .mutation(({ ctx, input }) => writeEvent(ctx, () => decideOnRevision(ctx.db, ctx.viewer, input)));

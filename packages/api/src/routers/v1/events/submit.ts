import { z } from "zod";
import { submitEvent } from "../../../domain/events/workflow";
import { baseRevisionFrom } from "../../../rest/revision";
import { editorProcedure } from "../../../trpc";
import { eventIdParam, ifMatchHeader, revisionEtagHeader } from "../params";
import { apiEventSchema } from "./schema";
import { writeEvent } from "./write";

/** POST /events/{id}/submit: sends the revision If-Match names to review. */
export const submit = editorProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/events/{id}/submit",
      tags: ["events"],
      summary: "Send an event to review",
      description:
        "Sends a draft (or an event sent back for changes) to the reviewers, at the revision `If-Match` names: a reviewer decides on exactly what you saw. No body.",
      requestHeaders: ifMatchHeader,
      responseHeaders: revisionEtagHeader,
      successDescription: "The event, now in review",
      errorResponses: {
        400: "The id is not a UUID",
        401: "No or an unknown API key",
        403: "The key's owner is not an editor",
        404: "No such event",
        409: "If-Match names an older revision than the current one",
        412: "If-Match is missing or names no revision",
        422: "Only drafts and events sent back for changes can be submitted",
      },
    },
  })
  .input(z.object({ id: eventIdParam }))
  .output(apiEventSchema)
  .mutation(({ ctx, input }) => {
    const baseRevision = baseRevisionFrom(ctx);
    return writeEvent(ctx, () => submitEvent(ctx.db, ctx.viewer, { id: input.id, baseRevision }));
  });

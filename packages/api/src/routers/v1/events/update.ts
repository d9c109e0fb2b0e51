import { applyEventPatch } from "../../../domain/events/patch";
import { loadEventDetail, reviseEvent } from "../../../domain/events/workflow";
import { baseRevisionFrom } from "../../../rest/revision";
import { eventFieldsPatchSchema } from "../../../schemas/event";
import { editorProcedure } from "../../../trpc";
import { eventIdParam, ifMatchHeader, revisionEtagHeader } from "../params";
import { apiEventSchema } from "./schema";
import { writeEvent } from "./write";

/** PATCH /events/{id}: a new revision from some changed fields, on top of the revision If-Match names. */
export const update = editorProcedure
  .meta({
    openapi: {
      method: "PATCH",
      path: "/events/{id}",
      tags: ["events"],
      summary: "Change an event",
      description:
        "Saves a new revision with the fields sent changed (a JSON merge patch: fields left out keep their value, `null` clears `summary`, `intensityReason` or `intensity`, which then follows the code's Goldstein value). `If-Match` names the revision the change is based on; if someone saved a newer one meanwhile the answer is 409 with the current revision in `details`. The event goes back to draft and needs review again; an approved revision stays in the index until the new one is approved.",
      requestHeaders: ifMatchHeader,
      contentTypes: ["application/json", "application/merge-patch+json"],
      responseHeaders: revisionEtagHeader,
      successDescription: "The event at its new revision, which is the ETag",
      errorResponses: {
        400: "A field is not valid (each is named)",
        401: "No or an unknown API key",
        403: "The key's owner is not an editor",
        404: "No such event",
        409: "If-Match names an older revision than the current one",
        412: "If-Match is missing or names no revision",
        422: "The event cannot be changed in its state (in review, retracted)",
      },
    },
  })
  .input(eventFieldsPatchSchema.extend({ id: eventIdParam }))
  .output(apiEventSchema)
  .mutation(({ ctx, input: { id, ...patch } }) => {
    const baseRevision = baseRevisionFrom(ctx);
    return writeEvent(ctx, async () => {
      const current = await loadEventDetail(ctx.db, id);
      // Laid over the revision the caller worked on; if that is not the head, the workflow refuses (409).
      const base = current.revisions.find((r) => r.number === baseRevision) ?? current.revisions.at(-1)!;
      return reviseEvent(ctx.db, ctx.viewer, { id, baseRevision, event: applyEventPatch(base, patch) });
    });
  });

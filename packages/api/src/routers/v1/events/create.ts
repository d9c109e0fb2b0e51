import { z } from "zod";
import { createEvent } from "../../../domain/events/workflow";
import { REST_ENDPOINT } from "../../../rest/meta";
import { eventFieldsSchema } from "../../../schemas/event";
import { editorProcedure } from "../../../trpc";
import { revisionEtagHeader } from "../params";
import { apiEventSchema } from "./schema";
import { writeEvent } from "./write";

/** POST /events: a new draft (revision 1), for the editors to submit when ready. */
export const create = editorProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/events",
      tags: ["events"],
      summary: "Draft an event",
      description:
        "Saves a new event as a draft (revision 1) under the key owner's name; it reaches the index only after review and a release. `intensity` defaults to the code's Goldstein value (another value needs `intensityReason`) and `weight` to 1; `id`, `revision`, `status`, `dyad` and the timestamps are the server's. The response's ETag is the revision, for `PATCH` and `submit`.",
      responseHeaders: revisionEtagHeader.extend({ Location: z.string().meta({ description: "The new event's address: /api/v1/events/{id}." }) }),
      successDescription: "The draft, with its Location and its revision as ETag",
      errorResponses: { 400: "A field is not valid (each is named)", 401: "No or an unknown API key", 403: "The key's owner is not an editor" },
    },
    rest: { status: 201 },
  })
  .input(eventFieldsSchema)
  .output(apiEventSchema)
  .mutation(({ ctx, input }) =>
    writeEvent(ctx, async () => {
      const event = await createEvent(ctx.db, ctx.viewer, { event: input });
      ctx.resHeaders?.set("Location", `${REST_ENDPOINT}/events/${event.id}`);
      return event;
    }),
  );

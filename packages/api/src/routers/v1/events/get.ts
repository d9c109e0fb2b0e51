import { z } from "zod";
import { loadPublishedEvent } from "../../../domain/events/published";
import { publishedReleaseRef } from "../../../domain/releases/read";
import { servedFromRelease } from "../../../rest/caching";
import { publicProcedure } from "../../../trpc";
import { apiEventSchema, toApiEvent } from "./schema";

/** GET /events/{id}: an event as the newest published release including it shows it. */
export const get = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/events/{id}",
      protect: false,
      tags: ["events"],
      summary: "One event",
      description:
        "The revision the newest published release including the event computed with, and the intensity it used; `status` is retracted once a later release retracted it. Events no published release includes are not found.",
      errorResponses: { 400: "The id is not a UUID", 404: "No published release includes this event" },
    },
  })
  .input(z.object({ id: z.uuid("An event id is a UUID, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e.").meta({ description: "The event's id, a UUID, as `GET /events` lists it." }) }))
  .output(apiEventSchema)
  .query(async ({ ctx, input }) => {
    // The release first: a release published while the event is read then only makes the ETag older.
    const latest = await publishedReleaseRef(ctx.db);
    const event = await loadPublishedEvent(ctx.db, input.id);
    servedFromRelease(ctx, latest?.id ?? null, false);
    return toApiEvent(event, event.retracted ? "retracted" : "approved");
  });

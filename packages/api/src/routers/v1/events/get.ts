import { z } from "zod";
import { loadPublishedEvent } from "../../../domain/events/published";
import { loadEventDetail } from "../../../domain/events/workflow";
import { publishedReleaseRef } from "../../../domain/releases/read";
import { DomainError } from "../../../errors";
import { servedFromRelease } from "../../../rest/caching";
import { respondWithRevision } from "../../../rest/revision";
import { publicProcedure } from "../../../trpc";
import { eventIdParam } from "../params";
import { apiEventSchema, toApiEvent, toWorkingApiEvent } from "./schema";

/** GET /events/{id}: an event as the newest published release including it shows it, or its working copy. */
export const get = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/events/{id}",
      protect: false,
      tags: ["events"],
      summary: "One event",
      description:
        "By default the published record: the revision the newest published release including the event computed with, and the intensity it used; `status` is retracted once a later release retracted it, and events no published release includes are not found. With `view=working` and an API key: the event as its editors last saved it, in any state, never cached, with its revision as ETag (send it as If-Match to change the event).",
      errorResponses: {
        400: "The id is not a UUID",
        401: "view=working without an API key",
        404: "No published release includes this event (or, for view=working, no such event)",
      },
    },
  })
  .input(
    z.object({
      id: eventIdParam,
      view: z
        .enum(["published", "working"])
        .default("published")
        .meta({ description: "published (the default): as the index uses it; working: the latest saved revision, for the editorial team." }),
    }),
  )
  .output(apiEventSchema)
  .query(async ({ ctx, input }) => {
    if (input.view === "working") {
      if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED", "Working copies are for the editorial team: send your API key as Authorization: Bearer <key>.");
      const event = await loadEventDetail(ctx.db, input.id);
      respondWithRevision(ctx, event.headNumber);
      return toWorkingApiEvent(event);
    }
    // The release first: a release published while the event is read then only makes the ETag older.
    const latest = await publishedReleaseRef(ctx.db);
    const event = await loadPublishedEvent(ctx.db, input.id);
    servedFromRelease(ctx, latest?.id ?? null, false);
    return toApiEvent(event, event.retracted ? "retracted" : "approved");
  });

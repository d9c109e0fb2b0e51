import { z } from "zod";
import { releasedEventPage } from "../../../domain/events/released-page";
import { dyadIdOf, requirePublishedReleaseRef } from "../../../domain/releases/read";
import { invalidField } from "../../../errors";
import { servedFromRelease } from "../../../rest/caching";
import { cameoCodeSchema } from "../../../schemas/event";
import { publicProcedure } from "../../../trpc";
import { dayParam, RANGE_IN_ORDER, rangeInOrder, releaseParam, slugParam } from "../params";
import { cursorParam, encodeCursor } from "./cursor";
import { apiEventSchema, toApiEvent } from "./schema";

export const EVENT_PAGE = { default: 100, max: 500 } as const;
const LIMIT_RULE = `The page size is a whole number from 1 to ${EVENT_PAGE.max}.`;

/** GET /events: the events a published release includes, oldest first, a page at a time. */
export const list = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/events",
      protect: false,
      tags: ["events"],
      summary: "The events of a release",
      description:
        "The events a published release includes (the latest by default), oldest first, filtered by dyad, days and CAMEO code. Follow `nextCursor` for the next page (null on the last): pages never repeat or skip an event, and a cursor keeps to the release of the first page.",
      errorResponses: { 400: "A parameter is not valid", 404: "No such dyad or release" },
    },
  })
  .input(
    z
      .object({
        dyad: slugParam.optional(),
        from: dayParam("First day to include (YYYY-MM-DD).").optional(),
        to: dayParam("Last day to include (YYYY-MM-DD).").optional(),
        release: releaseParam,
        code: cameoCodeSchema.meta({ description: 'A CAMEO code, or its first digits: "19" matches 190, 194…' }).optional(),
        cursor: cursorParam.optional(),
        limit: z.coerce
          .number<number>({ error: LIMIT_RULE })
          .int(LIMIT_RULE)
          .min(1, LIMIT_RULE)
          .max(EVENT_PAGE.max, LIMIT_RULE)
          .default(EVENT_PAGE.default)
          .meta({ description: `Events per page, 1 to ${EVENT_PAGE.max}.` }),
      })
      .refine(rangeInOrder, RANGE_IN_ORDER),
  )
  .output(
    z.object({
      release: z.object({ number: z.number().int() }),
      data: z.array(apiEventSchema),
      nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
    }),
  )
  .query(async ({ ctx, input }) => {
    const { cursor } = input;
    if (cursor && input.release !== undefined && cursor.release !== input.release) {
      throw invalidField("cursor", `This cursor pages through release R${cursor.release}, not R${input.release}: leave out release, or start again without the cursor.`);
    }
    const release = await requirePublishedReleaseRef(ctx.db, cursor?.release ?? input.release);
    servedFromRelease(ctx, release.id, cursor !== undefined || input.release !== undefined);
    const filter = { dyadId: input.dyad ? await dyadIdOf(ctx.db, input.dyad) : undefined, from: input.from, to: input.to, code: input.code };
    const page = await releasedEventPage(ctx.db, release.id, filter, cursor ?? null, input.limit);
    return {
      release: { number: release.number },
      // Everything a release includes was approved and in force on its cut-off day.
      data: page.events.map((e) => toApiEvent(e, "approved")),
      nextCursor: page.next && encodeCursor({ release: release.number, ...page.next }),
    };
  });

// The opaque cursor of GET /events: the release the first page came from and the (day, event id)
// the previous page ended on, as base64url JSON. Keeping the release means a walk through the
// pages stays in one release even when a newer one is published meanwhile.
import { z } from "zod";
import { daySchema } from "../../../schemas/event";

export interface EventCursor {
  release: number;
  date: string;
  eventId: string;
}

const payload = z.object({ r: z.number().int().positive(), d: daySchema, i: z.uuid() });

export const encodeCursor = (c: EventCursor) => Buffer.from(JSON.stringify({ r: c.release, d: c.date, i: c.eventId })).toString("base64url");

export const cursorParam = z
  .string()
  .meta({ description: "`nextCursor` of the previous page; it keeps to that page's release." })
  .transform((text, ctx): EventCursor => {
    try {
      const { r, d, i } = payload.parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
      return { release: r, date: d, eventId: i };
    } catch {
      ctx.addIssue({ code: "custom", message: "This is not a cursor this API gave out: start again without it." });
      return z.NEVER;
    }
  });

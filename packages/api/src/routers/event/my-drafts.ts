import { z } from "zod";
import { eventListItemSchema } from "../../domain/events/dto";
import { LIST_CAPS } from "../../schemas/event";
import { signedInProcedure } from "../../trpc";
import { eventListSelect, toListItem } from "./list";

/** The caller's unfinished work: drafts, events sent back for changes, and their events in review. */
export const myDrafts = signedInProcedure.output(z.array(eventListItemSchema)).query(async ({ ctx }) => {
  const rows = await ctx.db.event.findMany({
    where: { headAuthorId: ctx.viewer.id, status: { in: ["draft", "changes_requested", "in_review"] } },
    select: eventListSelect,
    orderBy: [{ updatedAt: "desc" }],
    take: LIST_CAPS.myDrafts,
  });
  return rows.map(toListItem);
});

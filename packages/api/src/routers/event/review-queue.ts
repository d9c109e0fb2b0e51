import { z } from "zod";
import { eventDetailSchema, eventDetailInclude, toEventDetail } from "../../domain/events/dto";
import { LIST_CAPS } from "../../schemas/event";
import { reviewerProcedure } from "../../trpc";

/** Events waiting for a decision, oldest submission first, each with its full history for the diff. */
export const reviewQueue = reviewerProcedure.output(z.array(eventDetailSchema)).query(async ({ ctx }) => {
  const events = await ctx.db.event.findMany({
    where: { status: "in_review" },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    include: eventDetailInclude,
    take: LIST_CAPS.reviewQueue,
  });
  return events.map(toEventDetail);
});

import { eventDetailSchema } from "../../domain/events/dto";
import { decideOnRevision } from "../../domain/events/workflow";
import { reviewInput } from "../../schemas/event";
import { reviewerProcedure } from "../../trpc";

/** Approves, sends back or rejects the revision in review; never one's own (four eyes). */
export const review = reviewerProcedure
  .input(reviewInput)
  .output(eventDetailSchema)
  .mutation(({ ctx, input }) => decideOnRevision(ctx.db, ctx.viewer, input));

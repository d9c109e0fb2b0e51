import { eventDetailSchema } from "../../domain/events/dto";
import { retractEvent } from "../../domain/events/workflow";
import { retractInput } from "../../schemas/event";
import { reviewerProcedure } from "../../trpc";

/** Withdraws an approved event, with the reason the corrections feed will show. */
export const retract = reviewerProcedure
  .input(retractInput)
  .output(eventDetailSchema)
  .mutation(({ ctx, input }) => retractEvent(ctx.db, ctx.viewer, input));

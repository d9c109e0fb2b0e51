import { eventDetailSchema } from "../../domain/events/dto";
import { commentOnEvent } from "../../domain/events/workflow";
import { commentInput } from "../../schemas/event";
import { signedInProcedure } from "../../trpc";

/** A note on the event's discussion, attached to its current revision. */
export const comment = signedInProcedure
  .input(commentInput)
  .output(eventDetailSchema)
  .mutation(({ ctx, input }) => commentOnEvent(ctx.db, ctx.viewer, input));

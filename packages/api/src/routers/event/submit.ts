import { eventDetailSchema } from "../../domain/events/dto";
import { submitEvent } from "../../domain/events/workflow";
import { eventActionInput } from "../../schemas/event";
import { editorProcedure } from "../../trpc";

/** Sends the head revision to review. */
export const submit = editorProcedure
  .input(eventActionInput)
  .output(eventDetailSchema)
  .mutation(({ ctx, input }) => submitEvent(ctx.db, ctx.viewer, input));

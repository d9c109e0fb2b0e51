import { eventDetailSchema } from "../../domain/events/dto";
import { createEvent } from "../../domain/events/workflow";
import { createEventInput } from "../../schemas/event";
import { editorProcedure } from "../../trpc";

/** Drafts a new event (revision 1). */
export const create = editorProcedure
  .input(createEventInput)
  .output(eventDetailSchema)
  .mutation(({ ctx, input }) => createEvent(ctx.db, ctx.viewer, input));

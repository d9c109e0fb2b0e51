import { eventDetailSchema } from "../../domain/events/dto";
import { reviseEvent } from "../../domain/events/workflow";
import { updateEventInput } from "../../schemas/event";
import { editorProcedure } from "../../trpc";

/** Saves a new revision on top of `baseRevision`; a stale base is a conflict. */
export const update = editorProcedure
  .input(updateEventInput)
  .output(eventDetailSchema)
  .mutation(({ ctx, input }) => reviseEvent(ctx.db, ctx.viewer, input));

import { z } from "zod";
import { eventDetailSchema } from "../../domain/events/dto";
import { loadEventDetail } from "../../domain/events/workflow";
import { signedInProcedure } from "../../trpc";

/** One event with every revision (oldest first), its reviews and comments. */
export const getEvent = signedInProcedure
  .input(z.object({ id: z.uuid("Unknown event.") }))
  .output(eventDetailSchema)
  .query(({ ctx, input }) => loadEventDetail(ctx.db, input.id));

import { importJobSchema } from "../../domain/imports/dto";
import { cancelImport } from "../../domain/imports/jobs";
import { editorProcedure } from "../../trpc";
import { importIdInput } from "./schema";

/** Cancels an import that has not ended: nothing of it is kept (a running one stops before its next batch). */
export const cancel = editorProcedure
  .input(importIdInput)
  .output(importJobSchema)
  .mutation(({ ctx, input }) => cancelImport(ctx.db, ctx.viewer, input.id));

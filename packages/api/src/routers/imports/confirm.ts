import { importJobSchema } from "../../domain/imports/dto";
import { confirmImport } from "../../domain/imports/jobs";
import { editorProcedure } from "../../trpc";
import { importIdInput } from "./schema";

/** Starts an import that is waiting in preview; it runs in the background (follow it with get). */
export const confirm = editorProcedure
  .input(importIdInput)
  .output(importJobSchema)
  .mutation(({ ctx, input }) => confirmImport(ctx.db, ctx.viewer, input.id));

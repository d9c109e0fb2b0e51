import { importJobSchema } from "../../domain/imports/dto";
import { getImport } from "../../domain/imports/jobs";
import { editorProcedure } from "../../trpc";
import { importIdInput } from "./schema";

/** One import: its state, progress (poll it while running), preview, skipped rows by kind and drafts left. */
export const get = editorProcedure
  .input(importIdInput)
  .output(importJobSchema)
  .query(({ ctx, input }) => getImport(ctx.db, input.id));

import { listSkipped } from "../../domain/imports/jobs";
import { editorProcedure } from "../../trpc";
import { importIdInput, skippedPageSchema, skippedPaging } from "./schema";

/** The rows an import skipped, in file order, a page at a time (after: the previous page's nextCursor). */
export const skipped = editorProcedure
  .input(importIdInput.extend(skippedPaging(1000, 100)))
  .output(skippedPageSchema)
  .query(({ ctx, input }) => listSkipped(ctx.db, input));

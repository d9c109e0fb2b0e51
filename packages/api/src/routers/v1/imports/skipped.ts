import { z } from "zod";
import { listSkipped } from "../../../domain/imports/jobs";
import { skippedRowsCsv } from "../../../domain/imports/skipped-csv";
import { editorProcedure } from "../../../trpc";
import { importIdInput, skippedPageSchema, skippedPaging } from "../../imports/schema";
import { IMPORT_ERRORS, neverCached } from "./responses";

type Page = z.infer<typeof skippedPageSchema>;

/** GET /imports/{id}/skipped: the rows an import skipped and why, as JSON or CSV. */
export const skipped = editorProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/imports/{id}/skipped",
      tags: ["imports"],
      summary: "The rows an import skipped",
      description:
        "Every row of the file that did not become an event, in file order, with its line, why (as a category and in a sentence) and the row itself (cut to 200 characters). Pages of up to 10,000 rows: pass the answer's nextCursor as `after` for the next. `format=csv` gives the rows as CSV (line, kind, reason, excerpt). Rows are listed once the import is done.",
      errorResponses: { ...IMPORT_ERRORS, 400: "A parameter is not valid" },
    },
    rest: { csv: (output: Page) => skippedRowsCsv(output.items) },
  })
  .input(
    importIdInput.extend({
      ...skippedPaging(10_000, 10_000),
      format: z.enum(["json", "csv"]).default("json").meta({ description: "json (default) or csv." }),
    }),
  )
  .output(skippedPageSchema)
  .query(async ({ ctx, input }) => {
    neverCached(ctx);
    return listSkipped(ctx.db, input);
  });

// Inputs and outputs the import procedures share (the studio's imports.* and REST's v1.imports.*).
import { z } from "zod";
import { IMPORT_STATUSES, skipKindSchema } from "../../domain/imports/dto";

export const importIdSchema = z
  .uuid("An import id is a UUID, as the upload's answer gives it.")
  .meta({ description: "The import's id, a UUID, as the upload (POST /imports) answered it." });

export const importIdInput = z.object({ id: importIdSchema });

export const skippedRowSchema = z
  .object({
    line: z.number().int().meta({ description: "The line of the file the row starts on (a header is line 1)." }),
    kind: skipKindSchema,
    reason: z.string().meta({ description: "Why it was skipped, in a sentence." }),
    excerpt: z.string().meta({ description: "The row as the file has it, cut to 200 characters." }),
  })
  .meta({ id: "SkippedRow" });

export const skippedPageSchema = z.object({
  items: z.array(skippedRowSchema),
  nextCursor: z.number().int().nullable().meta({ description: "Pass as `after` for the next page; null on the last one." }),
});

/** Paging of skipped rows; numbers coerced, since REST sends them in the query. */
export const skippedPaging = (maxLimit: number, defaultLimit: number) => ({
  after: z.coerce
    .number<number>()
    .int()
    .min(0)
    .meta({ description: "Only rows after this line: the previous page's nextCursor." })
    .optional(),
  limit: z.coerce
    .number<number>()
    .int()
    .min(1)
    .max(maxLimit, `At most ${maxLimit.toLocaleString("en")} rows a page.`)
    .default(defaultLimit)
    .meta({ description: `Rows per page, 1 to ${maxLimit.toLocaleString("en")} (default ${defaultLimit.toLocaleString("en")}).` }),
});

export const approveAllInput = importIdInput.extend({
  comment: z
    .string()
    .trim()
    .max(1000, "A comment can be at most 1,000 characters.")
    .optional()
    .meta({ description: 'The review comment each event gets. Omitted: "Approved with the whole import of <file name>."' }),
});

export const approveAllOutput = z.object({
  approved: z.number().int().meta({ description: "Drafts approved now, each with a review and an audit entry." }),
  leftForOthers: z.number().int().meta({ description: "Drafts whose latest revision you wrote yourself: another reviewer must decide on them." }),
});

export const importListInput = z.object({
  status: z.enum(IMPORT_STATUSES).optional(),
  cursor: z.uuid().optional().meta({ description: "The previous page's nextCursor." }),
  limit: z.number().int().min(1).max(100).default(25),
});

import { importJobSchema } from "../../../domain/imports/dto";
import { getImport } from "../../../domain/imports/jobs";
import { editorProcedure } from "../../../trpc";
import { importIdInput } from "../../imports/schema";
import { IMPORT_ERRORS, neverCached } from "./responses";

/** GET /imports/{id}: an import's state and progress, with its preview. */
export const get = editorProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/imports/{id}",
      tags: ["imports"],
      summary: "One import",
      description:
        "An uploaded file's import: its status, its progress while it runs (rows read, imported and skipped, bytes read, rate and time left; written at least once a second), the preview made at upload, the skipped rows counted by why, and how many of its events are still drafts. Never cached: poll it to follow a running import.",
      errorResponses: IMPORT_ERRORS,
    },
  })
  .input(importIdInput)
  .output(importJobSchema)
  .query(async ({ ctx, input }) => {
    neverCached(ctx);
    return getImport(ctx.db, input.id);
  });

import { importJobSchema } from "../../../domain/imports/dto";
import { cancelImport } from "../../../domain/imports/jobs";
import { editorProcedure } from "../../../trpc";
import { importIdInput } from "../../imports/schema";
import { IMPORT_ERRORS, neverCached } from "./responses";

/** POST /imports/{id}/cancel: cancels an import that has not ended. */
export const cancel = editorProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/imports/{id}/cancel",
      tags: ["imports"],
      summary: "Cancel an import",
      description:
        "Cancels an import waiting in preview, queued or running. A running import stops before its next batch and everything it wrote is rolled back: nothing of a cancelled import is kept.",
      successDescription: "The import, cancelled",
      errorResponses: { ...IMPORT_ERRORS, 422: "The import has already ended" },
    },
  })
  .input(importIdInput)
  .output(importJobSchema)
  .mutation(async ({ ctx, input }) => {
    neverCached(ctx);
    return cancelImport(ctx.db, ctx.viewer, input.id);
  });

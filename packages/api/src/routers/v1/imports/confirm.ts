import { importJobSchema } from "../../../domain/imports/dto";
import { confirmImport } from "../../../domain/imports/jobs";
import { editorProcedure } from "../../../trpc";
import { importIdInput } from "../../imports/schema";
import { IMPORT_ERRORS, neverCached } from "./responses";

/** POST /imports/{id}/confirm: starts a previewed import. */
export const confirm = editorProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/imports/{id}/confirm",
      tags: ["imports"],
      summary: "Start an import",
      description:
        "Starts importing a file that was uploaded and previewed. It runs on the server in one transaction: every row becomes a draft (for review) or a skipped row with its reason, and either all of it is kept or, if it is cancelled or fails, none of it. Follow it with `GET /imports/{id}`.",
      successDescription: "The import, queued or already running",
      errorResponses: { ...IMPORT_ERRORS, 422: "The import is not waiting in preview" },
    },
  })
  .input(importIdInput)
  .output(importJobSchema)
  .mutation(async ({ ctx, input }) => {
    neverCached(ctx);
    return confirmImport(ctx.db, ctx.viewer, input.id);
  });

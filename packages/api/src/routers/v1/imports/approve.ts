import { approveImport } from "../../../domain/imports/approve";
import { adminProcedure } from "../../../trpc";
import { approveAllInput, approveAllOutput } from "../../imports/schema";
import { IMPORT_ERRORS, neverCached } from "./responses";

/** POST /imports/{id}/approve: an admin approves every draft of a finished import. */
export const approve = adminProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/imports/{id}/approve",
      tags: ["imports"],
      summary: "Approve a whole import",
      description:
        "Approves every event of a finished import that is still a draft, at once: each gets an approving review by the key's owner, with `comment` (or a standard one), and its own audit entry, and enters the next release. The admin who uploaded the import may not approve it (four eyes: 403); drafts whose latest revision the key's owner wrote are left for another reviewer.",
      successDescription: "How many drafts were approved, and how many were left for another reviewer",
      errorResponses: {
        ...IMPORT_ERRORS,
        400: "A field is not valid",
        403: "The key's owner is not an admin, or uploaded this import",
        422: "The import has not finished",
      },
    },
  })
  .input(approveAllInput)
  .output(approveAllOutput)
  .mutation(async ({ ctx, input }) => {
    neverCached(ctx);
    return approveImport(ctx.db, ctx.viewer, input);
  });

import { approveImport } from "../../domain/imports/approve";
import { adminProcedure } from "../../trpc";
import { approveAllInput, approveAllOutput } from "./schema";

/**
 * Approves every draft of a finished import at once, each with a review by the caller and its
 * own audit entry. Refused (FORBIDDEN) to the admin who uploaded it: four eyes.
 */
export const approveAll = adminProcedure
  .input(approveAllInput)
  .output(approveAllOutput)
  .mutation(({ ctx, input }) => approveImport(ctx.db, ctx.viewer, input));

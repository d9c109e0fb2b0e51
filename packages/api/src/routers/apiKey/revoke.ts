import { revokeApiKey } from "@rti/auth";
import { z } from "zod";
import { DomainError } from "../../errors";
import { signedInProcedure } from "../../trpc";

/** Revokes one of the caller's keys: the next request made with it is refused. */
export const revoke = signedInProcedure
  .input(z.object({ id: z.uuid("Not a valid key id.") }))
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    // Another person's key answers exactly like a missing one: ids of others' keys stay secret.
    if (!(await revokeApiKey(ctx.db, ctx.viewer, input.id))) throw new DomainError("NOT_FOUND", "You have no active API key with this id.");
    return { id: input.id };
  });

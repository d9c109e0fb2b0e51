import { createApiKey } from "@rti/auth";
import { z } from "zod";
import { createApiKeyInput } from "../../schemas/api-key";
import { signedInProcedure } from "../../trpc";
import { apiKeySchema } from "./list";

/** A new key for the caller, acting with the caller's roles. `key` is in this answer only. */
export const create = signedInProcedure
  .input(createApiKeyInput)
  .output(apiKeySchema.extend({ key: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const made = await createApiKey(ctx.db, ctx.viewer, input.name);
    return { id: made.id, name: made.name, prefix: made.prefix, key: made.key, createdAt: made.createdAt.toISOString(), lastUsedAt: null };
  });

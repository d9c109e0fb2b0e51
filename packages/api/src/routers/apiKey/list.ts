import { listApiKeys } from "@rti/auth";
import { z } from "zod";
import { signedInProcedure } from "../../trpc";

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The key's first characters, to tell keys apart; the rest is never shown again. */
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

/** The caller's own active API keys, newest first. */
export const list = signedInProcedure.output(z.array(apiKeySchema)).query(async ({ ctx }) =>
  (await listApiKeys(ctx.db, ctx.viewer.id)).map((k) => ({
    ...k,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  })),
);

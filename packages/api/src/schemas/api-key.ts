import { z } from "zod";

/** A new API key: only a name, so its owner can tell it from their other keys. */
export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, "Give the key a name, e.g. the pipeline that will use it.").max(100, "At most 100 characters."),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;

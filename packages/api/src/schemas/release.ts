import { z } from "zod";
import { daySchema } from "./event";

export const createReleaseInput = z.object({
  asOf: daySchema
    .refine((d) => d <= new Date().toISOString().slice(0, 10), "The cut-off cannot be in the future.")
    .meta({ description: "The cut-off day (YYYY-MM-DD): events approved and dated up to it are included." }),
  /** Omitted: the latest release's version (the newest version for the first release). */
  methodologyVersion: z.number().int().positive().optional().meta({ description: "Omitted: the latest release's version (the newest for a first release)." }),
  notes: z
    .string()
    .trim()
    .min(3, "Say what this release contains, in a sentence or two.")
    .max(4000, "At most 4000 characters.")
    .meta({ description: "What this release contains, for readers of its page." }),
});

export const releaseIdInput = z.object({
  id: z.uuid("Unknown release.").meta({ description: "The draft's id, a UUID, as `POST /releases` answered it." }),
});
/**
 * A published release's number, built on a given number schema: REST query parameters start from
 * z.coerce.number(), because trpc-to-openapi switches coercion on in the schemas it serves, and
 * those must not be the ones tRPC callers share.
 */
export const releaseNumber = <S extends z.ZodNumber | z.ZodCoercedNumber<number>>(base: S): S =>
  base.int().positive("Release numbers start at 1.") as S;

export const releaseNumberInput = z.object({ number: releaseNumber(z.number()) });

export const seriesInput = z.object({
  dyad: z.string().trim().toLowerCase().regex(/^[a-z]{3,5}-[a-z]{3,5}$/, "A dyad slug looks like rus-usa."),
  /** A published release's number; the latest when omitted. */
  release: releaseNumber(z.number()).optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
});

/** One day of a dyad in a published release (the latest when omitted), for "what moved it". */
export const explainInput = seriesInput.pick({ dyad: true, release: true }).extend({ date: daySchema });

import { z } from "zod";
import { daySchema } from "./event";

export const createReleaseInput = z.object({
  asOf: daySchema.refine((d) => d <= new Date().toISOString().slice(0, 10), "The cut-off cannot be in the future."),
  /** Omitted: the latest release's version (the newest version for the first release). */
  methodologyVersion: z.number().int().positive().optional(),
  notes: z.string().trim().min(3, "Say what this release contains, in a sentence or two.").max(4000, "At most 4000 characters."),
});

export const releaseIdInput = z.object({ id: z.uuid("Unknown release.") });
export const releaseNumberInput = z.object({ number: z.number().int().positive("Release numbers start at 1.") });

export const seriesInput = z.object({
  dyad: z.string().trim().toLowerCase().regex(/^[a-z]{3,5}-[a-z]{3,5}$/, "A dyad slug looks like rus-usa."),
  /** A published release's number; the latest when omitted. */
  release: z.number().int().positive().optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
});

/** One day of a dyad in a published release (the latest when omitted), for "what moved it". */
export const explainInput = seriesInput.pick({ dyad: true, release: true }).extend({ date: daySchema });

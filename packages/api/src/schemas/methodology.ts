import { z } from "zod";

/** The parameters of a new methodology version (methodology.md: H, K and the intensity table). */
export const methodologyParamsInput = z.object({
  halfLifeDays: z.number().positive("The half-life must be above 0 days.").max(3650, "At most 3650 days."),
  scale: z.number().positive("The scale must be above 0.").max(1000, "At most 1000."),
  /** CAMEO code → the intensity replacing its Goldstein value. */
  intensityOverrides: z
    .record(z.string().regex(/^\d{2,4}$/, "CAMEO codes have two to four digits."), z.number().min(-10, "From −10 to +10.").max(10, "From −10 to +10."))
    .default({}),
  notes: z.string().trim().max(4000, "At most 4000 characters.").optional(),
});
export type MethodologyParams = z.infer<typeof methodologyParamsInput>;

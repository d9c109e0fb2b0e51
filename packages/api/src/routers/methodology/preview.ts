import { z } from "zod";
import { previewMethodology } from "../../domain/releases/methodology-preview";
import { methodologyParamsInput } from "../../schemas/methodology";
import { adminProcedure } from "../../trpc";

/** Every dyad of the latest release under the proposed parameters, against its published value. */
export const preview = adminProcedure
  .input(methodologyParamsInput)
  .output(
    z.object({
      release: z.object({ number: z.number().int(), asOf: z.string() }).nullable(),
      dyads: z.array(z.object({ dyad: z.string(), published: z.number(), proposed: z.number(), delta: z.number() })),
    }),
  )
  .query(({ ctx, input }) => previewMethodology(ctx.db, input));

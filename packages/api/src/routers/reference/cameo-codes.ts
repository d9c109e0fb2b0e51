import { z } from "zod";
import { publicProcedure } from "../../trpc";

export const cameoCodeSchema = z.object({ code: z.string(), name: z.string(), goldstein: z.number() });

/** The CAMEO taxonomy with Goldstein values, in code order (about 300 rows). */
export const cameoCodes = publicProcedure.output(z.array(cameoCodeSchema)).query(async ({ ctx }) => {
  const rows = await ctx.db.cameoCode.findMany({ orderBy: { code: "asc" } });
  return rows.map((r) => ({ code: r.code, name: r.name, goldstein: r.goldstein.toNumber() }));
});

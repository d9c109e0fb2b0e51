import { z } from "zod";
import { publicProcedure } from "../../trpc";

export const actorSchema = z.object({ code: z.string(), name: z.string(), kind: z.enum(["country", "organisation"]) });

/** Every actor events can name, for pickers (about 250 rows). */
export const actors = publicProcedure.output(z.array(actorSchema)).query(({ ctx }) =>
  ctx.db.actor.findMany({ select: { code: true, name: true, kind: true }, orderBy: { name: "asc" } }),
);

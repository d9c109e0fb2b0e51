import { releaseSchema } from "../../domain/releases/dto";
import { releaseByNumber } from "../../domain/releases/read";
import { releaseNumberInput } from "../../schemas/release";
import { publicProcedure } from "../../trpc";

/** One published release with its changelog. */
export const get = publicProcedure
  .input(releaseNumberInput)
  .output(releaseSchema)
  .query(({ ctx, input }) => releaseByNumber(ctx.db, input.number));

import { ROLES } from "@rti/auth";
import { z } from "zod";
import { signedInProcedure } from "../../trpc";

export const viewerSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
});

/** The signed-in user and the roles they hold right now. */
export const me = signedInProcedure.output(viewerSchema).query(({ ctx }) => ctx.viewer);

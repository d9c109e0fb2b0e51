import { ROLES } from "@rti/auth";
import { z } from "zod";
import { adminProcedure } from "../../trpc";

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  createdAt: z.string(),
});

/** Everyone with an account, with their roles. */
export const users = adminProcedure.output(z.array(userSchema)).query(async ({ ctx }) => {
  const rows = await ctx.db.user.findMany({ include: { roles: true }, orderBy: { name: "asc" } });
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    roles: ROLES.filter((r) => u.roles.some((held) => held.role === r)),
    createdAt: u.createdAt.toISOString(),
  }));
});

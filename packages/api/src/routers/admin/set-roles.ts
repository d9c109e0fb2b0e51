import { ROLES } from "@rti/auth";
import { z } from "zod";
import { writeAudit } from "../../domain/audit";
import { DomainError } from "../../errors";
import { setRolesInput } from "../../schemas/user";
import { adminProcedure } from "../../trpc";

/** Replaces a user's roles; takes effect on their next request. Admins cannot drop their own admin role. */
export const setRoles = adminProcedure
  .input(setRolesInput)
  .output(z.object({ userId: z.string(), roles: z.array(z.enum(ROLES)) }))
  .mutation(async ({ ctx, input }) => {
    if (input.userId === ctx.viewer.id && !input.roles.includes("admin")) {
      throw new DomainError("UNPROCESSABLE", "You cannot remove your own admin role; ask another admin.");
    }
    return ctx.db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId }, include: { roles: true } });
      if (!user) throw new DomainError("NOT_FOUND", "There is no such user.");
      const roles = ROLES.filter((r) => input.roles.includes(r));
      await tx.userRole.deleteMany({ where: { userId: user.id, role: { notIn: roles } } });
      await tx.userRole.createMany({ data: roles.map((role) => ({ userId: user.id, role })), skipDuplicates: true });
      await writeAudit(tx, {
        actor: ctx.viewer,
        action: "user.roles",
        entityType: "user",
        entityId: user.id,
        before: { roles: user.roles.map((r) => r.role) },
        after: { roles },
      });
      return { userId: user.id, roles };
    });
  });

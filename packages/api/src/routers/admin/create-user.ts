import { hashPassword, ROLES } from "@rti/auth";
import { createPasswordUser } from "@rti/db";
import { writeAudit } from "../../domain/audit";
import { DomainError } from "../../errors";
import { adminProcedure } from "../../trpc";
import { createUserInput } from "../../schemas/user";
import { userSchema } from "./users";

/** Makes an account that signs in with email and password (self-service sign-up is off). */
export const createUser = adminProcedure
  .input(createUserInput)
  .output(userSchema)
  .mutation(async ({ ctx, input }) => {
    const passwordHash = await hashPassword(input.password);
    return ctx.db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email.toLowerCase() } })) {
        throw new DomainError("CONFLICT", "An account with this email already exists.", { fieldErrors: { email: ["An account with this email already exists."] } });
      }
      const user = await createPasswordUser(tx, { name: input.name, email: input.email, passwordHash, roles: input.roles });
      const roles = ROLES.filter((r) => input.roles.includes(r));
      await writeAudit(tx, { actor: ctx.viewer, action: "user.create", entityType: "user", entityId: user.id, after: { name: user.name, email: user.email, roles } });
      return { id: user.id, name: user.name, email: user.email, roles, createdAt: user.createdAt.toISOString() };
    });
  });

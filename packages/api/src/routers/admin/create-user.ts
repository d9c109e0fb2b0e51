import { hashPassword, ROLES } from "@rti/auth";
import { createPasswordUser } from "@rti/db";
import { z } from "zod";
import { writeAudit } from "../../domain/audit";
import { DomainError } from "../../errors";
import { adminProcedure } from "../../trpc";
import { userSchema } from "./users";

export const createUserInput = z.object({
  name: z.string().trim().min(1, "Give the person's name.").max(200),
  email: z.email("Give a valid email address.").max(320),
  password: z.string().min(10, "Use at least 10 characters.").max(200),
  roles: z.array(z.enum(ROLES)),
});

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

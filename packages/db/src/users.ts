// Making a user who signs in with email and password, the way better-auth stores one (a
// "credential" account holding the password hash). Used by the admin screen, seed and tests.
import { randomUUID } from "node:crypto";
import type { Prisma, Role } from "./generated/prisma/client";

type UserWriter = { user: { create: Prisma.UserDelegate["create"] } };

export async function createPasswordUser(
  db: UserWriter,
  opts: { name: string; email: string; passwordHash?: string; roles: Role[] },
) {
  const id = randomUUID();
  return db.user.create({
    data: {
      id,
      name: opts.name,
      email: opts.email.toLowerCase(),
      emailVerified: true,
      roles: { create: opts.roles.map((role) => ({ role })) },
      accounts: opts.passwordHash
        ? { create: { id: randomUUID(), accountId: id, providerId: "credential", password: opts.passwordHash } }
        : undefined,
    },
    include: { roles: true },
  });
}

// Test data factories: each call makes uniquely named rows and returns them, so tests never
// share or collide on data.
import { randomBytes, randomUUID } from "node:crypto";
import { dyadSlug, orderPair } from "@rti/engine";
import type { Db } from "../client";
import type { Role } from "../generated/prisma/client";

const unique = () => randomBytes(4).toString("hex");

export async function createTestUser(db: Db, opts: { roles?: Role[]; name?: string; passwordHash?: string } = {}) {
  const id = randomUUID();
  const tag = unique();
  return db.user.create({
    data: {
      id,
      name: opts.name ?? `Test User ${tag}`,
      email: `user-${tag}@test.rti.example`,
      emailVerified: true,
      roles: { create: (opts.roles ?? []).map((role) => ({ role })) },
      accounts: opts.passwordHash
        ? { create: { id: randomUUID(), accountId: id, providerId: "credential", password: opts.passwordHash } }
        : undefined,
    },
    include: { roles: true },
  });
}

/** An organisation actor with a random code, so each test's dyads are its own. */
export async function createTestActor(db: Db) {
  const code = `T${randomBytes(3).toString("hex").toUpperCase()}`.slice(0, 7);
  return db.actor.create({ data: { code, name: `Test Actor ${code}`, kind: "organisation" } });
}

export async function createTestDyad(db: Db) {
  const [x, y] = [await createTestActor(db), await createTestActor(db)];
  const [actorA, actorB] = orderPair(x.code, y.code);
  return db.dyad.create({ data: { slug: dyadSlug(actorA, actorB), actorA, actorB }, include: { a: true, b: true } });
}

export async function createTestEvent(
  db: Db,
  opts: { dyad: { id: number; actorA: string; actorB: string }; authorId: string; date?: string; status?: "draft" | "approved"; title?: string },
) {
  return db.event.create({
    data: {
      dyadId: opts.dyad.id,
      sourceActor: opts.dyad.actorA,
      targetActor: opts.dyad.actorB,
      date: new Date(`${opts.date ?? "2024-01-15"}T00:00:00Z`),
      cameoCode: "041",
      intensity: 1,
      title: opts.title ?? `Test event ${unique()}`,
      status: opts.status ?? "approved",
      authorId: opts.authorId,
    },
  });
}

// Test data factories: each call makes uniquely named rows and returns them, so tests never
// share or collide on data. Events are made through the workflow (see @rti/api's testing).
import { randomBytes } from "node:crypto";
import { dyadSlug, orderPair } from "@rti/engine";
import type { Db } from "../client";
import type { Role } from "../generated/prisma/client";
import { createPasswordUser } from "../users";

const unique = () => randomBytes(4).toString("hex");

export async function createTestUser(db: Db, opts: { roles?: Role[]; name?: string; passwordHash?: string } = {}) {
  const tag = unique();
  return createPasswordUser(db, {
    name: opts.name ?? `Test User ${tag}`,
    email: `user-${tag}@test.rti.example`,
    passwordHash: opts.passwordHash,
    roles: opts.roles ?? [],
  });
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** An organisation actor with a random five-letter code, so each test's dyads are its own. */
export async function createTestActor(db: Db) {
  for (;;) {
    const code = `X${[...randomBytes(4)].map((b) => LETTERS[b % 26]).join("")}`;
    const made = await db.actor.createManyAndReturn({ data: [{ code, name: `Test Actor ${code}`, kind: "organisation" }], skipDuplicates: true });
    if (made[0]) return made[0]; // a clash with an existing code just draws again
  }
}

export async function createTestDyad(db: Db) {
  const [x, y] = [await createTestActor(db), await createTestActor(db)];
  const [actorA, actorB] = orderPair(x.code, y.code);
  return db.dyad.create({ data: { slug: dyadSlug(actorA, actorB), actorA, actorB }, include: { a: true, b: true } });
}

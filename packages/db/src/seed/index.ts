// Reference data (always) and demo data (demo mode, once). Idempotent: safe on every start.
import { dyadSlug, orderPair } from "@rti/engine";
import type { Db } from "../client";
import { countryActors, ORGANISATIONS } from "./actors";
import { DEMO_EVENTS } from "./demo-events";
import { DEMO_USERS } from "./demo-users";

export { DEMO_USERS } from "./demo-users";

/** Countries and organisations; new ones are added, existing ones left as they are. */
export async function seedReference(db: Db): Promise<void> {
  const actors = [
    ...countryActors().map((a) => ({ ...a, kind: "country" as const })),
    ...ORGANISATIONS.map((o) => ({ ...o, kind: "organisation" as const })),
  ];
  await db.actor.createMany({ data: actors, skipDuplicates: true });
}

export interface SeedDemoOptions {
  /** The auth library's password hash, so demo users sign in like any other user. */
  hashPassword: (password: string) => Promise<string>;
}

/** Demo users (one per role) and real events. Returns false when they were already there. */
export async function seedDemo(db: Db, { hashPassword }: SeedDemoOptions): Promise<boolean> {
  const first = DEMO_USERS[0];
  if (!first || (await db.user.findUnique({ where: { email: first.email } }))) return false;

  const passwords = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));
  await db.$transaction(async (tx) => {
    const userIds = new Map<string, string>();
    for (const [i, u] of DEMO_USERS.entries()) {
      const id = crypto.randomUUID();
      userIds.set(u.role, id);
      await tx.user.create({
        data: {
          id,
          name: u.name,
          email: u.email,
          emailVerified: true,
          roles: { create: { role: u.role } },
          // better-auth keeps email+password sign-ins as a "credential" account.
          accounts: { create: { id: crypto.randomUUID(), accountId: id, providerId: "credential", password: passwords[i] } },
        },
      });
    }
    const authorId = userIds.get("editor")!;
    for (const e of DEMO_EVENTS) {
      const [actorA, actorB] = orderPair(e.source, e.target);
      const dyad = await tx.dyad.upsert({
        where: { slug: dyadSlug(actorA, actorB) },
        create: { slug: dyadSlug(actorA, actorB), actorA, actorB },
        update: {},
      });
      await tx.event.create({
        data: {
          dyadId: dyad.id,
          sourceActor: e.source,
          targetActor: e.target,
          date: new Date(`${e.date}T00:00:00Z`),
          cameoCode: e.cameoCode,
          intensity: e.intensity,
          title: e.title,
          summary: e.summary,
          status: "approved",
          authorId,
          sources: {
            create: e.sources.map((s) => ({ url: s.url, publisher: s.publisher, publishedAt: new Date(`${s.publishedAt}T00:00:00Z`) })),
          },
        },
      });
    }
  });
  return true;
}

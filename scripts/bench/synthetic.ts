// Approved synthetic events in bulk, for the benchmarks: actors, dyads, events and their first
// revisions written with a few large INSERTs (what the workflow would take hours to make).
import { randomUUID } from "node:crypto";
import { createPasswordUser, createPrismaClient, type Db } from "@rti/db";
import { applyMigrations } from "@rti/db/migrate";
import { seedReference } from "@rti/db/seed";
import { createFreshDatabase } from "@rti/db/testing";
import { dayString, dyadSlug, orderPair, syntheticEvents } from "@rti/engine";

/**
 * A fresh database for a benchmark, migrated and seeded, with an editor and a publisher: on
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (a server it makes a database on), else PGlite.
 */
export async function benchDatabase(name: string) {
  if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const database = await createFreshDatabase(name);
  const db = createPrismaClient(database.url);
  await applyMigrations(database.url);
  await seedReference(db);
  const editor = await createPasswordUser(db, { name: "Bench Editor", email: "bench-editor@bench.example", roles: ["editor"] });
  const publisher = await createPasswordUser(db, { name: "Bench Publisher", email: "bench-publisher@bench.example", roles: ["publisher"] });
  return { database, db, editor, publisher };
}

export interface SyntheticSpec {
  seed: number;
  dyads: number;
  events: number;
  fromDay: number;
  days: number;
}

// A chunk can outlast Prisma's 5 s transaction default on a busy machine (the fault tests load
// their events beside a running production server).
const LONG = { timeout: 120_000 };

/** Writes `spec.events` approved events by `editorId`; returns the dyads' slugs. */
export async function loadSyntheticEvents(db: Db, spec: SyntheticSpec, editorId: string): Promise<string[]> {
  const events = syntheticEvents(spec);
  const codes = [...new Set(events.flatMap((e) => [e.source, e.target]))];
  await db.actor.createMany({ data: codes.map((code) => ({ code, name: `Synthetic ${code}`, kind: "organisation" as const })), skipDuplicates: true });
  const pairs = [...new Set(events.map((e) => dyadSlug(e.source, e.target)))];
  await db.dyad.createMany({
    data: pairs.map((slug) => {
      const [a, b] = orderPair(...(slug.toUpperCase().split("-") as [string, string]));
      return { slug, actorA: a, actorB: b };
    }),
  });
  const dyadIds = new Map((await db.dyad.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]));
  for (let i = 0; i < events.length; i += 20_000) {
    const chunk = events.slice(i, i + 20_000);
    const ids = chunk.map(() => randomUUID());
    const cols = {
      id: ids,
      dyad: chunk.map((e) => dyadIds.get(dyadSlug(e.source, e.target))!),
      date: chunk.map((e) => dayString(e.day)),
      source: chunk.map((e) => e.source),
      target: chunk.map((e) => e.target),
      intensity: chunk.map((e) => e.intensity),
      weight: chunk.map((e) => e.weight),
    };
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(
        `INSERT INTO "event" ("id", "status", "headNumber", "dyadId", "date", "cameoCode", "title", "headAuthorId", "createdById", "updatedAt")
         SELECT t.id, 'approved', 1, t.dyad, t.date, '010', 'Synthetic event', $3, $3, now()
         FROM unnest($1::uuid[], $2::int[], $4::date[]) AS t(id, dyad, date)`,
        cols.id, cols.dyad, editorId, cols.date,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO "event_revision" ("id", "eventId", "number", "authorId", "dyadId", "sourceActor", "targetActor", "date", "cameoCode", "intensity", "intensityReason", "weight", "title")
         SELECT t.id, t.id, 1, $2, t.dyad, t.source, t.target, t.date, '010', t.intensity, 'synthetic', t.weight, 'Synthetic event'
         FROM unnest($1::uuid[], $3::int[], $4::text[], $5::text[], $6::date[], $7::numeric[], $8::numeric[]) AS t(id, dyad, source, target, date, intensity, weight)`,
        cols.id, editorId, cols.dyad, cols.source, cols.target, cols.date, cols.intensity, cols.weight,
      );
      await tx.$executeRawUnsafe(`UPDATE "event" SET "headRevisionId" = "id", "approvedRevisionId" = "id" WHERE "id" = ANY($1::uuid[])`, cols.id);
    }, LONG);
  }
  return pairs;
}

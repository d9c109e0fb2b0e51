// Benchmark: publish a release of 100,000 approved events across 500 dyads into PostgreSQL,
// end to end (collect revisions, compute every dyad, store every series point, number it).
// Uses BENCH_DATABASE_URL or TEST_DATABASE_URL (a server the benchmark makes a database on),
// else an embedded PGlite. Setup is bulk SQL and not timed.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { draftRelease, publishRelease } from "@rti/api/releases";
import { closeBulkPools, createPasswordUser, createPrismaClient } from "@rti/db";
import { applyMigrations } from "@rti/db/migrate";
import { seedReference } from "@rti/db/seed";
import { createFreshDatabase } from "@rti/db/testing";
import { dayString, dyadSlug, orderPair, syntheticEvents } from "@rti/engine";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const DYADS = Number(process.env.BENCH_DYADS ?? 500);
const DAYS = 20 * 365;
const FROM_DAY = 20_000 - DAYS; // 2024-10 minus 20 years

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const database = await createFreshDatabase("bench");
const db = createPrismaClient(database.url);
try {
  await applyMigrations(database.url);
  await seedReference(db);
  const editor = await createPasswordUser(db, { name: "Bench Editor", email: "bench-editor@bench.example", roles: ["editor"] });
  const publisher = await createPasswordUser(db, { name: "Bench Publisher", email: "bench-publisher@bench.example", roles: ["publisher"] });

  const setupStart = performance.now();
  const events = syntheticEvents({ seed: 42, dyads: DYADS, events: EVENTS, fromDay: FROM_DAY, days: DAYS });
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
        cols.id, cols.dyad, editor.id, cols.date,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO "event_revision" ("id", "eventId", "number", "authorId", "dyadId", "sourceActor", "targetActor", "date", "cameoCode", "intensity", "intensityReason", "weight", "title")
         SELECT t.id, t.id, 1, $2, t.dyad, t.source, t.target, t.date, '010', t.intensity, 'synthetic', t.weight, 'Synthetic event'
         FROM unnest($1::uuid[], $3::int[], $4::text[], $5::text[], $6::date[], $7::numeric[], $8::numeric[]) AS t(id, dyad, source, target, date, intensity, weight)`,
        cols.id, editor.id, cols.dyad, cols.source, cols.target, cols.date, cols.intensity, cols.weight,
      );
      await tx.$executeRawUnsafe(`UPDATE "event" SET "headRevisionId" = "id", "approvedRevisionId" = "id" WHERE "id" = ANY($1::uuid[])`, cols.id);
    });
  }
  console.log(`setup: ${EVENTS.toLocaleString("en")} approved events across ${pairs.length} dyads (${database.kind}) in ${Math.round(performance.now() - setupStart)} ms`);

  const asOf = dayString(FROM_DAY + DAYS - 1);
  const started = performance.now();
  const id = await draftRelease(db, publisher, { asOf, notes: "Benchmark release" });
  const drafted = performance.now();
  const release = await publishRelease(db, publisher, { id });
  const done = performance.now();
  const points = await db.releasePoint.count({ where: { releaseId: id } });
  console.log(`cores: ${os.availableParallelism()}`);
  console.log(`publish release R${release.number}: ${(done - started).toFixed(0)} ms end to end (draft and compute ${(drafted - started).toFixed(0)} ms, publish ${(done - drafted).toFixed(0)} ms)`);
  console.log(`series points stored: ${points.toLocaleString("en")} (${Math.round(points / ((done - started) / 1000)).toLocaleString("en")} per second)`);
  console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
} finally {
  await db.$disconnect();
  await closeBulkPools();
  await database.drop();
}

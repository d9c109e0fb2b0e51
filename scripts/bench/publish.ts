// Benchmark: publish a release of 100,000 approved events across 500 dyads into PostgreSQL,
// end to end (collect revisions, compute every dyad, store every series point, number it).
// Uses BENCH_DATABASE_URL or TEST_DATABASE_URL (a server the benchmark makes a database on),
// else an embedded PGlite. Setup is bulk SQL and not timed.
import os from "node:os";
import { draftRelease, publishRelease } from "@rti/api/releases";
import { closeBulkPools } from "@rti/db";
import { dayString } from "@rti/engine";
import { benchDatabase, loadSyntheticEvents } from "./synthetic";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const DYADS = Number(process.env.BENCH_DYADS ?? 500);
const DAYS = 20 * 365;
const FROM_DAY = 20_000 - DAYS; // 2024-10 minus 20 years

const { database, db, editor, publisher } = await benchDatabase("bench");
try {
  const setupStart = performance.now();
  const pairs = await loadSyntheticEvents(db, { seed: 42, dyads: DYADS, events: EVENTS, fromDay: FROM_DAY, days: DAYS }, editor.id);
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

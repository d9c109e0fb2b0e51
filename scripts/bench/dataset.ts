// The served benchmarks' data (API, load): 200 dyads × 10 years of approved synthetic events in a
// fresh database, published as one release, as a newsroom's archive would be.
import { draftRelease, publishRelease } from "@rti/api/releases";
import { dayString } from "@rti/engine";
import { benchDatabase, loadSyntheticEvents } from "./synthetic";

export const DATASET = { dyads: 200, days: 10 * 365, events: Number(process.env.BENCH_EVENTS ?? 100_000), lastDay: 19_999 };

/** On TEST_DATABASE_URL's server, by default the local one: both benchmarks run the production server on PostgreSQL. */
export async function publishedBenchDataset(name: string) {
  process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
  const bench = await benchDatabase(name);
  const { db, editor, publisher } = bench;
  const fromDay = DATASET.lastDay + 1 - DATASET.days;
  const started = performance.now();
  const slugs = await loadSyntheticEvents(db, { seed: 7, dyads: DATASET.dyads, events: DATASET.events, fromDay, days: DATASET.days }, editor.id);
  const release = await publishRelease(db, publisher, { id: await draftRelease(db, publisher, { asOf: dayString(DATASET.lastDay), notes: `${name} benchmark` }) });
  const points = await db.releasePoint.count({ where: { releaseId: release.id } });
  console.log(
    `setup: ${DATASET.events.toLocaleString("en")} events, ${slugs.length} dyads, ${points.toLocaleString("en")} series points in R${release.number} (${Math.round(performance.now() - started)} ms)`,
  );
  return { ...bench, slugs, release, fromDay };
}

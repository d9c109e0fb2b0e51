// Benchmark: import 1,000,000 synthetic GDELT 1.0 rows (issue 7) into a fresh PostgreSQL
// database, as the studio's import does it: the file streamed, mapped, and written in batches in
// one transaction. Prints rows per second (target: at least 20,000) and memory, which must stay
// flat whatever the file's size. Needs a PostgreSQL server: BENCH_DATABASE_URL or
// TEST_DATABASE_URL (default the local one), on which it makes a database of its own.
import os from "node:os";
import { Readable } from "node:stream";
import { confirmImport, createImport, getImport, importEnded, loadReference, storeUpload, syntheticGdeltLines } from "@rti/api/imports";
import { closeBulkPools } from "@rti/db";
import pg from "pg";
import { benchDatabase } from "./synthetic";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const TARGET_ROWS_PER_SECOND = 20_000;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
const { database, db, editor } = await benchDatabase("bench_import");
try {
  const setupStart = performance.now();
  const lines = syntheticGdeltLines({ seed: 42, rows: ROWS, ref: await loadReference(db) });
  const stored = await storeUpload(Readable.from(lines), Number.POSITIVE_INFINITY);
  const job = await createImport(db, editor, { ...stored, format: "gdelt1", fileName: "synthetic-gdelt1.csv" });
  console.log(`setup: ${ROWS.toLocaleString("en")} synthetic GDELT 1.0 rows, ${mb(stored.sizeBytes)} MB, written and previewed in ${Math.round(performance.now() - setupStart)} ms`);

  // Resident memory, sampled through the run: flat means the file is streamed, never held.
  const rss = { before: process.memoryUsage.rss(), min: Infinity, max: 0 };
  const sampler = setInterval(() => {
    const now = process.memoryUsage.rss();
    rss.min = Math.min(rss.min, now);
    rss.max = Math.max(rss.max, now);
  }, 100);
  const started = performance.now();
  await confirmImport(db, editor, job.id);
  await importEnded(job.id);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const done = await getImport(db, job.id);
  if (done.status !== "done") throw new Error(`the import ended ${done.status}: ${done.error}`);
  const { rowsRead, rowsImported, rowsSkipped } = done.progress;
  const rate = Math.round(rowsRead / seconds);
  console.log(`cores: ${os.availableParallelism()}; database: ${database.kind}`);
  console.log(
    `import: ${rowsRead.toLocaleString("en")} rows in ${seconds.toFixed(1)} s (${rowsImported.toLocaleString("en")} drafts, ${rowsSkipped.toLocaleString("en")} skipped with their reasons)`,
  );
  console.log(`rows per second: ${rate.toLocaleString("en")} (target ${TARGET_ROWS_PER_SECOND.toLocaleString("en")}: ${rate >= TARGET_ROWS_PER_SECOND ? "met" : "NOT met"})`);
  console.log(
    `memory: peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB; during the import ${mb(rss.min)}–${mb(rss.max)} MB (${mb(rss.before)} MB before it) for a ${mb(stored.sizeBytes)} MB file`,
  );
} finally {
  await db.$disconnect();
  await closeBulkPools();
  await connectionsClosed(database.url);
  await database.drop();
}

/**
 * Waits until no connection to the database is left: pg's Pool.end() resolves before its
 * connections have closed, and the drop (DROP DATABASE … WITH (FORCE)) would cut one of them
 * mid-close, which pg reports as an unhandled error.
 */
async function connectionsClosed(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    for (let i = 0; i < 50; i++) {
      const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM pg_stat_activity WHERE datname = $1`, [name]);
      if (rows[0]!.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await admin.end();
  }
}

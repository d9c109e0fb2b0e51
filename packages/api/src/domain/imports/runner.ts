// Runs a confirmed import inside the web server's process: streams the file, maps its rows,
// and writes them in batches, all in ONE transaction, so a cancel, a crash or a fatal error
// leaves nothing half-imported. The counts go to the job row from another connection at
// least once a second, for the progress bar; a cancel is noticed there, before the next batch.
//
// On the embedded database (PGlite) one transaction holds the whole database while it runs,
// so the rest of the app waits for the import; on PostgreSQL it runs alongside everything.
import { withPgTransaction, writeAuditSql, type Db, type ImportFormat } from "@rti/db";
import { DomainError } from "../../errors";
import type { PoolClient } from "pg";
import { insertBatch, type BatchTarget, type PendingEvent, type SkippedRow } from "./batch";
import { inspectFile } from "./formats";
import { markFailed } from "./failure";
import { readRows, rowMapper, type FileRow } from "./read";
import { loadReference } from "../reference";
import type { RowOutcome } from "./rows";
import { importFile, removeImportFile } from "./storage";

export interface RunOptions {
  /** Rows per batch (events and skips together). */
  batchSize?: number;
  /** How often the counts are written to the job row. */
  progressEveryMs?: number;
}

const DEFAULTS = { batchSize: 8000, progressEveryMs: 800 } satisfies Required<RunOptions>;

interface Counts {
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  bytesRead: number;
}

/** The job was cancelled (its row says so): roll back, and leave the row as the cancel left it. */
class Cancelled extends Error {}

// Imports running in this process, so tests and the benchmark can wait for one.
const running = new Map<string, Promise<void>>();

/** Starts a queued import in the background; the promise settles when it has ended (never rejects). */
/** Imports run one after another in a process: each holds a connection and a transaction for its whole file. */
let previous: Promise<void> = Promise.resolve();

export function startImport(db: Db, id: string, options: RunOptions = {}): Promise<void> {
  // Queued until the one before ends (a job cancelled while queued then finds itself cancelled and stops).
  const run = previous
    .then(() => runImport(db, id, { ...DEFAULTS, ...options }))
    // Only the claim can throw (the database unreachable); the job then stays queued, and the next start marks it failed.
    .catch((error: unknown) => console.error(`import ${id} did not start:`, error))
    .finally(() => running.delete(id));
  running.set(id, run);
  previous = run;
  return run;
}

/** Settles when the import `id` running in this process has ended (at once if none is). */
export const importEnded = (id: string): Promise<void> => running.get(id) ?? Promise.resolve();

/** Writes the counts every `everyMs`, one write at a time; tells `onCancelled` when the job is no longer running. */
function progressWriter(db: Db, id: string, counts: Counts, everyMs: number, onCancelled: () => void) {
  let writing = false;
  const write = () => {
    if (writing) return;
    writing = true;
    db.$queryRaw<{ id: string }[]>`
      UPDATE "import_job" SET "rowsRead" = ${counts.rowsRead}, "rowsImported" = ${counts.rowsImported}, "rowsSkipped" = ${counts.rowsSkipped},
        "bytesRead" = ${counts.bytesRead}::bigint, "progressAt" = now()
      WHERE "id" = ${id}::uuid AND "status" = 'running' RETURNING "id"`
      .then((rows) => rows.length === 0 && onCancelled())
      // A missed write only delays the bar; the next one carries the newer counts.
      .catch((error: unknown) => console.error(`import ${id}: progress not written:`, error))
      .finally(() => (writing = false));
  };
  const timer = setInterval(write, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

const failureMessage = (error: unknown): string => {
  if (error instanceof DomainError) return `${error.message} Nothing was imported.`;
  if ((error as NodeJS.ErrnoException)?.code === "ENOENT") return "The uploaded file is no longer on the server, so nothing was imported: upload it again.";
  console.error("Import failed:", error);
  return "Something went wrong on our side, so nothing was imported. It has been logged; try again, and tell an admin if it happens again.";
};

/**
 * Collects rows into batches and writes them on `client`, one after another, while the caller
 * reads on: with one batch waiting behind the one being written, the database never waits for
 * the reading. A failed write, or a cancel, is thrown at the next batch.
 */
function batchWriter(client: PoolClient, target: BatchTarget, counts: Counts, batchSize: number, isCancelled: () => boolean) {
  const writes: Promise<void>[] = [];
  let failure: unknown = null;
  let stopped = false;
  let pending: PendingEvent[] = [];
  let skipped: SkippedRow[] = [];

  const flush = async () => {
    if (writes.length >= 2) await writes.shift();
    if (failure) throw failure;
    if (isCancelled()) throw new Cancelled();
    const batch = [pending, skipped] as const;
    [pending, skipped] = [[], []];
    const write = async () => {
      if (failure || stopped) return;
      try {
        const written = await insertBatch(client, target, ...batch);
        counts.rowsImported += written.imported;
        counts.rowsSkipped += written.skipped.length;
      } catch (error) {
        failure ??= error;
      }
    };
    writes.push((writes.at(-1) ?? Promise.resolve()).then(write));
  };

  return {
    async add(row: FileRow, outcome: RowOutcome) {
      if (outcome.event) pending.push({ line: row.line, excerpt: row.excerpt, event: outcome.event });
      else skipped.push({ ...outcome.skip, line: row.line, excerpt: row.excerpt });
      if (pending.length + skipped.length >= batchSize) await flush();
    },
    /** Writes what is left and waits for every write. */
    async finish() {
      await flush();
      await Promise.all(writes);
      if (failure) throw failure;
    },
    /**
     * However the reading ended: no write may outlive the transaction, so one still waiting
     * never starts, and the one being written is waited for before the commit or rollback.
     */
    async stop() {
      stopped = true;
      await Promise.all(writes);
    },
  };
}

async function runImport(db: Db, id: string, options: Required<RunOptions>): Promise<void> {
  const claimed = await db.$queryRaw<{ format: ImportFormat; createdById: string; email: string }[]>`
    UPDATE "import_job" AS j SET "status" = 'running', "startedAt" = now(), "progressAt" = now()
    FROM "user" AS u WHERE j."id" = ${id}::uuid AND j."status" = 'queued' AND u."id" = j."createdById"
    RETURNING j."format", j."createdById", u."email"`;
  const job = claimed[0];
  if (!job) return; // cancelled before it started, or started elsewhere
  const uploader = { id: job.createdById, email: job.email };
  const counts: Counts = { rowsRead: 0, rowsImported: 0, rowsSkipped: 0, bytesRead: 0 };
  let cancelled = false;
  const progress = progressWriter(db, id, counts, options.progressEveryMs, () => (cancelled = true));
  try {
    const path = importFile(id);
    const layout = await inspectFile(path, job.format);
    const map = rowMapper(layout, await loadReference(db));
    await withPgTransaction(db, async (client) => {
      const batches = batchWriter(client, { jobId: id, authorId: job.createdById, dyads: new Map() }, counts, options.batchSize, () => cancelled);
      try {
        for await (const row of readRows(path, layout, (bytes) => (counts.bytesRead = bytes))) {
          counts.rowsRead++;
          await batches.add(row, map(row));
        }
        await batches.finish();
      } finally {
        await batches.stop();
      }
      progress.stop();
      const finished = await client.query(
        `UPDATE "import_job" SET "status" = 'done', "rowsRead" = $2, "rowsImported" = $3, "rowsSkipped" = $4, "bytesRead" = $5,
           "progressAt" = now(), "finishedAt" = now()
         WHERE "id" = $1 AND "status" = 'running'`,
        [id, counts.rowsRead, counts.rowsImported, counts.rowsSkipped, counts.bytesRead],
      );
      if (finished.rowCount === 0) throw new Cancelled();
      // One entry for the whole import, not one per event: that would double what it writes.
      await writeAuditSql(client, { actor: uploader, action: "import.finish", entityType: "import", entityId: id, after: { status: "done", ...counts } });
    });
  } catch (error) {
    if (!(error instanceof Cancelled)) await markFailed(db, [id], failureMessage(error)).catch((e: unknown) => console.error(`import ${id}: not marked failed:`, e));
  } finally {
    progress.stop();
    await removeImportFile(id).catch(() => {});
  }
}

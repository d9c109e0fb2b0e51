// Issue 8, Faults: the web server SIGKILLed (start.ts and apps/web/server, the whole process group)
// in the middle of an import. An import runs in one transaction, and the next start marks an
// import it finds running failed (domain/imports/failure.ts): so the job must end failed with
// its message, nothing it wrote may be left, and importing the file again must give each GDELT
// event exactly once.
import { createWriteStream, existsSync, mkdtempSync, openAsBlob, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { loadReference, syntheticGdeltLines, type ImportJobDto } from "@rti/api/imports";
import { createPrismaClient, type Db } from "@rti/db";
import { createFreshDatabase, type FreshDatabase } from "@rti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTERRUPTED } from "../packages/api/src/domain/imports/failure";
import { log } from "./lib/log";
import { waitFor } from "./lib/wait";
import { api } from "./lib/rest";
import { startProductionServer, type ProductionServer } from "./lib/server";

// Enough rows that an import runs for several seconds (about 60 MB; a quarter become events).
const ROWS = 200_000;
const FIRST_ID = 410_000_000;
const ENDED = ["done", "failed", "cancelled"];

let database: FreshDatabase | undefined;
let server: ProductionServer | undefined;
let db: Db | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "rti-faults-data-"));
const file = path.join(dataDir, "synthetic-gdelt1.csv");
const externalIds = Array.from({ length: ROWS }, (_, i) => `gdelt:${FIRST_ID + i}`);

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) {
    throw new Error("The import fault test needs a PostgreSQL server to make its database on: set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres).");
  }
  database = await createFreshDatabase("faults_import");
  server = await startProductionServer(database.url, dataDir);
  db = createPrismaClient(database.url);
  await pipeline(Readable.from(syntheticGdeltLines({ seed: 11, rows: ROWS, firstId: FIRST_ID, ref: await loadReference(db) })), createWriteStream(file));
  log(`wrote ${ROWS.toLocaleString("en")} synthetic GDELT 1.0 rows to ${file}`);
});

afterAll(async () => {
  await server?.stop();
  await db?.$disconnect();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Uploads the file as the demo editor and confirms it; returns the job's id. */
async function startImport(name: string): Promise<string> {
  const uploaded = await api<ImportJobDto>(server!.url, "POST", `/imports?format=gdelt1&name=${name}`, { key: "editor", file: await openAsBlob(file) });
  expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  expect(uploaded.body.sizeBytes, "the server stored the whole file").toBe(statSync(file).size);
  const confirmed = await api<ImportJobDto>(server!.url, "POST", `/imports/${uploaded.body.id}/confirm`, { key: "editor" });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  log(`uploaded and confirmed import ${uploaded.body.id} (${name})`);
  return uploaded.body.id;
}

/** GET /imports/{id} until `until` holds for it. */
function importWhen(id: string, what: string, until: (job: ImportJobDto) => boolean): Promise<ImportJobDto> {
  return waitFor(
    what,
    async () => {
      const { status, body } = await api<ImportJobDto>(server!.url, "GET", `/imports/${id}`, { key: "editor" });
      expect(status).toBe(200);
      return until(body) ? body : undefined;
    },
    { timeoutMs: 10 * 60_000, everyMs: 200 },
  );
}

/** Every row an import can write, counted: events, their revisions and sources, skipped rows, dyads. */
async function tableCounts(db: Db) {
  return {
    events: await db.event.count(),
    revisions: await db.eventRevision.count(),
    sources: await db.revisionSource.count(),
    skips: await db.importSkip.count(),
    dyads: await db.dyad.count(),
  };
}

/** The events with the file's GDELT ids (one array parameter: Prisma's `in` would send 200,000). */
const fileEvents = (db: Db) =>
  db.$queryRaw<{ externalId: string; importJobId: string | null }[]>`
    SELECT "externalId", "importJobId"::text AS "importJobId" FROM "event" WHERE "externalId" = ANY(${externalIds}::text[])`;

describe("the web server killed in the middle of an import", () => {
  it("marks the import failed at the next start, keeps nothing of it, and a re-import gives each event once", async () => {
    const before = await tableCounts(db!);
    const killedId = await startImport("killed mid-way");
    const running = await importWhen(killedId, "the import to run with rows written", (job) => {
      if (ENDED.includes(job.status)) throw new Error(`The import ended (${job.status}) before it could be killed; the file is too small for this machine.`);
      return job.status === "running" && job.progress.rowsImported > 0;
    });
    log(`import running: ${running.progress.rowsRead.toLocaleString("en")} rows read, ${running.progress.rowsImported.toLocaleString("en")} events written in its transaction; SIGKILL to the server's process group`);
    await server!.kill("SIGKILL");

    // Nobody is left to mark it: the row still says running until the next start.
    expect((await db!.importJob.findUniqueOrThrow({ where: { id: killedId } })).status).toBe("running");

    server = await startProductionServer(database!.url, dataDir);
    const failed = (await api<ImportJobDto>(server.url, "GET", `/imports/${killedId}`, { key: "editor" })).body;
    log(`after the restart the import is ${failed.status}: ${failed.error}`);
    expect(failed).toMatchObject({ status: "failed", error: INTERRUPTED });
    expect(failed.finishedAt).not.toBeNull();

    // Nothing half-written: the import's transaction died with its connection.
    expect(await tableCounts(db!)).toEqual(before);
    expect(await db!.event.count({ where: { importJobId: killedId } })).toBe(0);
    expect(await fileEvents(db!)).toEqual([]);
    expect(await db!.auditLog.count({ where: { entityId: killedId, action: "import.finish" } })).toBe(0);
    expect(await db!.auditLog.count({ where: { entityId: killedId, action: "import.fail" } })).toBe(1);
    expect(existsSync(path.join(dataDir, "imports", killedId)), "the killed import's uploaded file is removed").toBe(false);

    // The same file again, to the end: each of its events once.
    const againId = await startImport("again");
    const again = await importWhen(againId, "the re-import to end", (job) => ENDED.includes(job.status));
    log(`re-import ${again.status}: ${again.progress.rowsRead.toLocaleString("en")} rows, ${again.progress.rowsImported.toLocaleString("en")} events, ${again.progress.rowsSkipped.toLocaleString("en")} skipped`);
    expect(again).toMatchObject({ status: "done", error: null });
    expect(again.progress.rowsRead).toBe(ROWS);
    expect(again.progress.rowsImported).toBeGreaterThan(0);
    const rows = await fileEvents(db!);
    expect(rows).toHaveLength(again.progress.rowsImported);
    expect(new Set(rows.map((r) => r.externalId)).size).toBe(rows.length);
    expect(rows.every((r) => r.importJobId === againId)).toBe(true);

    // And once more: nothing is added, every event row is skipped as already imported.
    const thirdId = await startImport("third time");
    const third = await importWhen(thirdId, "the second re-import to end", (job) => ENDED.includes(job.status));
    log(`second re-import ${third.status}: ${third.progress.rowsImported.toLocaleString("en")} events added`);
    expect(third).toMatchObject({ status: "done", progress: { rowsImported: 0, rowsRead: ROWS } });
    expect(third.skippedByKind.find((k) => k.kind === "already_imported")?.count).toBe(again.progress.rowsImported);
    expect(await fileEvents(db!)).toHaveLength(again.progress.rowsImported);
    expect(server!.uncaught(), "errors the server logged as uncaught (its output is above)").toEqual([]);
  });
});

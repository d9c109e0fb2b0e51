// An import that does not finish keeps nothing: cancelled while it runs, failed in a later
// batch (the file cannot be read on, or the database refuses a row), or cut off by the server
// stopping. The job says why; no event, revision or skipped row of it is left.
import { access } from "node:fs/promises";
import { Readable } from "node:stream";
import { createPrismaClient, getDb, type Db } from "@rti/db";
import { applyMigrations } from "@rti/db/migrate";
import { seedReference } from "@rti/db/seed";
import { createFreshDatabase, createTestDyad, createTestUser } from "@rti/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { failInterruptedImports, INTERRUPTED } from "./failure";
import { cancelImport, confirmImport, createImport, getImport } from "./jobs";
import { loadReference } from "../reference";
import { importEnded } from "./runner";
import { importFile, storeUpload } from "./storage";
import { syntheticGdeltLines } from "./synthetic-gdelt";
import { importWhole, templateFile, upload } from "./test-files";

const db = getDb();
let editor: { id: string; email: string };
beforeAll(async () => {
  editor = await createTestUser(db, { roles: ["editor"] });
});

/** Nothing of the job is in the database but its row, and its file is gone. */
async function nothingKept(jobId: string) {
  expect(await db.event.count({ where: { importJobId: jobId } })).toBe(0);
  expect(await db.importSkip.count({ where: { jobId } })).toBe(0);
  expect(await access(importFile(jobId)).then(() => "still there", () => "gone")).toBe("gone");
}

// The embedded PGlite runs one transaction at a time: while an import runs, nothing else does,
// so there is nothing to watch or cancel it with.
const embedded = !process.env.TEST_DATABASE_URL;

describe("an import that does not finish", () => {
  it.skipIf(embedded)("is cancelled while it runs: it stops, and rolls back what it had written", async () => {
    // Ids of this test's own, far from GDELT's and from other tests'.
    const firstId = 10 ** 12 + Math.floor(Math.random() * 10 ** 9) * 1000;
    const lines = syntheticGdeltLines({ seed: 7, rows: 60_000, firstId, ref: await loadReference(db) });
    const stored = await storeUpload(Readable.from(lines), Number.POSITIVE_INFINITY);
    const job = await createImport(db, editor, { ...stored, format: "gdelt1", fileName: "big.csv" });
    await confirmImport(db, editor, job.id, { batchSize: 500, progressEveryMs: 20 });
    let seen = await getImport(db, job.id);
    while (seen.status !== "running" || seen.progress.rowsRead === 0) {
      expect(seen.status).not.toBe("done");
      await new Promise((resolve) => setTimeout(resolve, 10));
      seen = await getImport(db, job.id);
    }
    expect(seen.progress.bytesRead).toBeGreaterThan(0);
    expect(seen.progress.secondsLeft).not.toBeNull();
    const cancelled = await cancelImport(db, editor, job.id);
    expect(cancelled.status).toBe("cancelled");
    await importEnded(job.id);
    const after = await getImport(db, job.id);
    expect(after.status).toBe("cancelled");
    await nothingKept(job.id);
    const audit = await db.auditLog.findMany({ where: { entityType: "import", entityId: job.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["import.create", "import.confirm", "import.cancel"]);
    await expect(cancelImport(db, editor, job.id)).rejects.toThrow(/already ended \(it is cancelled\)/);
  });

  it("is cancelled before it starts: it never runs", async () => {
    const job = await upload(db, editor, "csv", templateFile(await createTestDyad(db), 3));
    await cancelImport(db, editor, job.id);
    await expect(confirmImport(db, editor, job.id)).rejects.toThrow(/Only an import waiting in preview can be started \(it is cancelled\)/);
    await nothingKept(job.id);
  });

  it("fails when a later batch cannot be read: earlier batches are rolled back, and the job says why", async () => {
    // Thirty good rows (the preview reads only the first 25), then a quote that is never closed.
    const file = templateFile(await createTestDyad(db), 30, ['x,XAAAA,XBBBB,2024-01-01,042,"Unclosed,https://example.org']);
    const job = await importWhole(db, editor, "csv", file, { batchSize: 10 });
    expect(job.status).toBe("failed");
    expect(job.error).toMatch(/^The file cannot be read from line 32 on: .*Nothing was imported\.$/);
    expect(job.progress.rowsImported).toBe(0);
    await nothingKept(job.id);
  });

  it("fails when the database refuses a row of a later batch: earlier batches are rolled back", async () => {
    const dyad = await createTestDyad(db);
    // A refusal the checks before the database cannot foresee: this test's own trigger.
    const refused = `Refused ${dyad.slug}`;
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_${dyad.actorA}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
      CREATE TRIGGER refuse_${dyad.actorA} BEFORE INSERT ON "event_revision" FOR EACH ROW WHEN (NEW."title" = '${refused}') EXECUTE FUNCTION refuse_${dyad.actorA}();`);
    try {
      const file = templateFile(dyad, 30, [`y,${dyad.actorA},${dyad.actorB},2024-01-02,042,${refused},https://example.org/refused`]);
      const job = await importWhole(db, editor, "csv", file, { batchSize: 10 });
      expect(job.status).toBe("failed");
      expect(job.error).toMatch(/Something went wrong on our side, so nothing was imported/);
      await nothingKept(job.id);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_${dyad.actorA} ON "event_revision"; DROP FUNCTION refuse_${dyad.actorA}();`);
    }
  });
});

describe("the server's start", () => {
  // A database of its own: the other test files' imports run beside this one.
  it("marks imports left queued or running failed, and removes their files", async () => {
    const database = await createFreshDatabase("interrupted");
    let own: Db | undefined;
    try {
      await applyMigrations(database.url);
      own = createPrismaClient(database.url);
      await seedReference(own);
      const uploader = await createTestUser(own, { roles: ["editor"] });
      const dyad = await createTestDyad(own);
      const jobs = [await upload(own, uploader, "csv", templateFile(dyad, 2)), await upload(own, uploader, "csv", templateFile(dyad, 2)), await upload(own, uploader, "csv", templateFile(dyad, 2))];
      await own.importJob.update({ where: { id: jobs[0]!.id }, data: { status: "running", startedAt: new Date() } });
      await own.importJob.update({ where: { id: jobs[1]!.id }, data: { status: "queued" } });

      expect(await failInterruptedImports(own)).toBe(2);
      const [running, queued, previewing] = await Promise.all(jobs.map((j) => getImport(own!, j.id)));
      expect([running!.status, running!.error, queued!.status, previewing!.status]).toEqual(["failed", INTERRUPTED, "failed", "previewing"]);
      expect(await access(importFile(jobs[0]!.id)).then(() => "kept", () => "gone")).toBe("gone");
      expect(await access(importFile(jobs[2]!.id)).then(() => "kept", () => "gone")).toBe("kept");
      expect(await own.auditLog.count({ where: { action: "import.fail" } })).toBe(2);
      expect(await failInterruptedImports(own)).toBe(0);
    } finally {
      await own?.$disconnect();
      await database.drop();
    }
  });
});

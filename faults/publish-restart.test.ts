// Issue 8, Faults: PostgreSQL crash-restarted while the production server writes a release.
// The interrupted request must get a clear 503 (never a hang or a 500), no partial release may
// be left, the same server process must reconnect by itself, and publishing again must store a
// complete, reproducible release.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@rti/db";
import { computeDyad, dayNumber, type EngineEvent } from "@rti/engine";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { includedRevisions, methodologyOf } from "../packages/api/src/domain/releases/inputs";
import { isoDay, pointMismatches, recomputeFromStoredInputs, seriesPoints, storedPoints } from "../packages/api/src/testing/releases";
import { loadSyntheticEvents } from "../scripts/bench/synthetic";
import { startPrivateCluster, type PrivateCluster } from "./lib/cluster";
import { log } from "./lib/log";
import { waitFor } from "./lib/wait";
import { healthStatus } from "../scripts/lib/production-server";
import { api, errorOf } from "./lib/rest";
import { startProductionServer, type ProductionServer } from "./lib/server";

// Enough series points (about 1.4 million) that storing a draft takes seconds.
const SYNTHETIC = { seed: 8, dyads: 200, events: 40_000, days: 20 * 365 };
const AS_OF = isoDay(new Date());

interface ApiRelease {
  id: string;
  number: number | null;
  status: string;
}

let cluster: PrivateCluster | undefined;
let server: ProductionServer | undefined;
let db: Db | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "rti-faults-data-"));

/** A connection of the test's own to the private cluster, for pg_stat_activity and counts. */
async function monitor(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // The restart cuts this connection too; that is expected, not a crash of the test.
  client.on("error", () => {});
  await client.connect();
  return client;
}

async function count(client: pg.Client, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await client.query<{ n: number }>(sql, params);
  return rows[0]!.n;
}

beforeAll(async () => {
  cluster = await startPrivateCluster();
  server = await startProductionServer(cluster.url, dataDir);
  db = createPrismaClient(cluster.url);
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@demo.rti.example" } });
  const started = performance.now();
  const slugs = await loadSyntheticEvents(db, { ...SYNTHETIC, fromDay: dayNumber(AS_OF) - SYNTHETIC.days + 1 }, editor.id);
  log(`loaded ${SYNTHETIC.events.toLocaleString("en")} approved synthetic events across ${slugs.length} dyads in ${Math.round(performance.now() - started)} ms`);
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  await cluster?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("PostgreSQL crash-restarted while a release is being written", () => {
  it("answers the interrupted request 503, leaves no partial release, reconnects by itself and publishes a complete release after", async () => {
    const url = cluster!.url;
    const web = server!;
    let watch = await monitor(url);
    const releasesBefore = (await watch.query<{ id: string }>(`SELECT "id" FROM "release" ORDER BY "id"`)).rows.map((r) => r.id);
    const draftAuditsBefore = await count(watch, `SELECT count(*)::int AS n FROM "audit_log" WHERE "action" = 'release.draft'`);

    log(`drafting a release as of ${AS_OF} through POST /api/v1/releases`);
    const requested = performance.now();
    const draft = api<unknown>(web.url, "POST", "/releases", { key: "publisher", json: { asOf: AS_OF, notes: "Interrupted by a database restart." } });
    let settled = false;
    void draft.finally(() => (settled = true)).catch(() => {});

    // The server's release transaction once it is copying series points: it has a transaction id
    // (it has written), and its statement is the COPY into release_point.
    const writing = await waitFor(
      "the server's connection to start copying release points",
      async () => {
        if (settled) throw new Error("The draft finished before it was caught writing; the synthetic data is too small for this machine.");
        const { rows } = await watch.query<{ pid: number; state: string; xid: string; query: string }>(
          `SELECT "pid", "state", backend_xid::text AS "xid", left("query", 40) AS "query" FROM pg_stat_activity
           WHERE "datname" = current_database() AND backend_xid IS NOT NULL AND "query" LIKE 'COPY "release_point"%'`,
        );
        return rows[0];
      },
      { timeoutMs: 120_000, everyMs: 20 },
    );
    log(
      `caught the release mid-write ${Math.round(performance.now() - requested)} ms after the request: backend ${writing.pid}, transaction ${writing.xid} (${writing.state}), at ${writing.query}…; crash-restarting PostgreSQL`,
    );
    await cluster!.crashRestart();
    log("PostgreSQL is back up after crash recovery");

    const interrupted = await draft;
    const error = errorOf(interrupted);
    log(`the interrupted request answered ${interrupted.status} ${error.code}: ${error.message}`);
    expect(interrupted.status).toBe(503);
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.message).toMatch(/database is unavailable.*try again/i);

    watch = await monitor(url);
    try {
      // The transaction caught writing never committed: the restart landed in the middle of it.
      const { rows } = await watch.query<{ status: string }>(`SELECT txid_status($1::bigint) AS "status"`, [writing.xid]);
      expect(rows[0]!.status, "the transaction caught writing must have been cut off, not committed").toBe("aborted");

      // No partial release: the same releases as before, and no rows of any other.
      const releasesAfter = (await watch.query<{ id: string }>(`SELECT "id" FROM "release" ORDER BY "id"`)).rows.map((r) => r.id);
      expect(releasesAfter).toEqual(releasesBefore);
      for (const table of ["release_point", "release_dyad", "release_event"]) {
        const orphans = await count(watch, `SELECT count(*)::int AS n FROM "${table}" WHERE "releaseId" <> ALL($1::uuid[])`, [releasesBefore]);
        expect(orphans, `${table} rows of no known release`).toBe(0);
      }
      expect(await count(watch, `SELECT count(*)::int AS n FROM "audit_log" WHERE "action" = 'release.draft'`)).toBe(draftAuditsBefore);
    } finally {
      await watch.end();
    }

    // The same server process, never restarted, serves again once its connections are renewed.
    const back = performance.now();
    await waitFor("/api/health to answer 200 again", async () => ((await healthStatus(web.url)) === 200 ? true : undefined), { timeoutMs: 60_000 });
    log(`/api/health answers 200 again after ${Math.round(performance.now() - back)} ms, from the same server process`);
    expect(web.alive()).toBe(true);
    const list = await api<{ data: { number: number }[] }>(web.url, "GET", "/releases");
    expect(list.status).toBe(200);
    expect(list.body.data.map((r) => r.number)).toEqual([3, 2, 1]);
    expect((await api(web.url, "GET", "/releases/latest", { key: "publisher" })).status).toBe(200);

    // Publishing again works, and stores the whole release.
    const drafted = await api<ApiRelease>(web.url, "POST", "/releases", { key: "publisher", json: { asOf: AS_OF, notes: "After the database restart." } });
    expect(drafted.status).toBe(201);
    const published = await api<ApiRelease>(web.url, "POST", `/releases/${drafted.body.id}/publish`, { key: "publisher" });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ id: drafted.body.id, number: 4, status: "published" });
    log(`published R${published.body.number} after the restart`);
    await expectComplete(db!, drafted.body.id);

    // Reconnecting is the pools' ordinary work: no lost connection may have gone unhandled.
    expect(web.uncaught(), "errors the server logged as uncaught (its output is above)").toEqual([]);
  });
});

/**
 * The release holds every dyad's full series: per dyad as many points as the engine computes
 * from the approved events in the database now, every included revision, one summary per dyad;
 * and the three busiest dyads' points are bit for bit what their stored inputs reproduce.
 */
async function expectComplete(db: Db, releaseId: string) {
  const release = await db.release.findUniqueOrThrow({ where: { id: releaseId }, include: { methodology: true } });
  const included = await includedRevisions(db, AS_OF, release.methodology);
  const events = new Map<number, EngineEvent[]>();
  for (const i of included) events.set(i.dyadId, [...(events.get(i.dyadId) ?? []), i.engine]);
  const expected = new Map<number, number>();
  for (const [dyadId, list] of events) {
    const series = computeDyad(list, dayNumber(AS_OF), methodologyOf(release.methodology));
    if (series) expected.set(dyadId, series.value.length);
  }
  const stored = await db.releasePoint.groupBy({ by: ["dyadId"], where: { releaseId }, _count: { _all: true } });
  const storedCounts = new Map(stored.map((s) => [s.dyadId, s._count._all]));
  const total = [...expected.values()].reduce((a, b) => a + b, 0);
  log(`R${release.number}: ${storedCounts.size} dyads and ${[...storedCounts.values()].reduce((a, b) => a + b, 0).toLocaleString("en")} points stored; a full recomputation makes ${expected.size} dyads and ${total.toLocaleString("en")} points`);
  expect(storedCounts).toEqual(expected);
  expect(await db.releaseEvent.count({ where: { releaseId } })).toBe(included.length);
  expect(await db.releaseDyad.count({ where: { releaseId } })).toBe(expected.size);

  const busiest = [...events].sort((a, b) => b[1].length - a[1].length).slice(0, 3);
  for (const [dyadId] of busiest) {
    const recomputed = await recomputeFromStoredInputs(db, releaseId, dyadId);
    expect(pointMismatches(await storedPoints(db, releaseId, dyadId), seriesPoints(recomputed!)), `dyad ${dyadId}`).toEqual([]);
  }
}

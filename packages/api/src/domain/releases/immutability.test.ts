// Published data never changes (product.md, Release; migration 0002): a published release and
// its events, dyads and points refuse UPDATE, DELETE, INSERT and TRUNCATE even to direct SQL, and
// a methodology version a release used cannot be changed. Every statement runs in a transaction
// that is rolled back whatever happens, so a missing guard cannot damage the shared database.
// The same statements on a draft go through, so it is the guard that refuses, not the statement.
import type { Viewer } from "@rti/auth";
import { getDb, withPgTransaction } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { computeDyad, dayNumber, RTI_1 } from "@rti/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { createTestEvent } from "../../testing";
import { addDays, publishPatiently, testViewer, today } from "../../testing/releases";
import { sqlState } from "../database-errors";
import { copySeries, supportsCopy } from "./series-store";
import { discardDraft, draftRelease } from "./workflow";

const db = getDb();
const AS_OF = today();

class RolledBack extends Error {}

/**
 * Runs one statement in a transaction that is always rolled back. Returns the error the
 * database raised, or null when it accepted the statement.
 */
async function attempt(sql: string, ...params: unknown[]): Promise<unknown> {
  for (let tries = 1; ; tries++) {
    try {
      await db.$transaction(
        async (tx) => {
          // TRUNCATE waits for every other transaction on the table; give up rather than queue for long.
          await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '10s'`);
          await tx.$executeRawUnsafe(sql, ...params);
          throw new RolledBack();
        },
        { timeout: 60_000, maxWait: 30_000 },
      );
    } catch (error) {
      if (error instanceof RolledBack) return null;
      if (sqlState(error) === "55P03" && tries < 5) continue; // lock_timeout: busy table, try again
      return error;
    }
    return null;
  }
}

async function expectRefused(sql: string, params: unknown[], message: RegExp) {
  const error = await attempt(sql, ...params);
  expect(error, `the database accepted: ${sql}`).not.toBeNull();
  expect(sqlState(error), String(error)).toBe("42501");
  expect(String((error as Error).message)).toMatch(message);
}

let publisher: Viewer;
let published: { id: string; number: number | null };
let draftId: string;
let dyadId: number;
let otherDyadId: number;
/** An event of this file's that no release includes: a revision to try to slip in. */
let outsider: { eventId: string; revisionId: string };

type Snapshot = Awaited<ReturnType<typeof snapshot>>;
let before: Snapshot;

/** Everything about a release that must never change once it is published. */
async function snapshot(id: string) {
  return {
    release: await db.release.findUniqueOrThrow({ where: { id } }),
    events: await db.releaseEvent.findMany({ where: { releaseId: id }, orderBy: { eventId: "asc" } }),
    dyads: await db.releaseDyad.findMany({ where: { releaseId: id }, orderBy: { dyadId: "asc" } }),
    points: await db.releasePoint.findMany({ where: { releaseId: id, dyadId }, orderBy: { day: "asc" } }),
    pointCount: await db.releasePoint.count({ where: { releaseId: id } }),
  };
}

beforeAll(async () => {
  publisher = await testViewer(db, ["publisher"]);
  const dyad = await createTestDyad(db);
  dyadId = dyad.id;
  otherDyadId = (await createTestDyad(db)).id;
  await createTestEvent(db, { dyad, state: "approved", fields: { date: addDays(AS_OF, -50), code: "173" } });
  await createTestEvent(db, { dyad, state: "approved", fields: { date: addDays(AS_OF, -10), code: "042", weight: 0.5 } });
  const pending = (await createTestEvent(db, { dyad, state: "in_review", fields: { date: addDays(AS_OF, -30), code: "120" } })).event;
  outsider = { eventId: pending.id, revisionId: (await db.event.findUniqueOrThrow({ where: { id: pending.id } })).headRevisionId! };

  published = await publishPatiently(db, publisher, { asOf: AS_OF, methodologyVersion: 1, notes: "Immutability test release." });
  draftId = await draftRelease(db, publisher, { asOf: AS_OF, methodologyVersion: 1, notes: "Immutability test draft." });
  before = await snapshot(published.id);
  // The statements below must have rows to act on.
  expect(before.events.length).toBeGreaterThan(0);
  expect(before.dyads.some((d) => d.dyadId === dyadId)).toBe(true);
  expect(before.points.length).toBeGreaterThan(0);
  expect(await db.releasePoint.count({ where: { releaseId: draftId, dyadId } })).toBe(before.points.length);
});

afterAll(async () => {
  await discardDraft(db, publisher, { id: draftId });
});

/** Each change, as SQL on the rows of release $1 (with $2, $3 as given). */
const CHANGES: { name: string; sql: string; extra: () => unknown[]; message: RegExp }[] = [
  { name: "UPDATE of the release row", sql: `UPDATE "release" SET "notes" = 'Rewritten' WHERE "id" = $1::uuid`, extra: () => [], message: /published.*UPDATE refused/ },
  {
    name: "UPDATE that un-publishes the release",
    sql: `UPDATE "release" SET "status" = 'draft', "number" = NULL, "publishedAt" = NULL, "publishedById" = NULL WHERE "id" = $1::uuid`,
    extra: () => [],
    message: /published.*UPDATE refused/,
  },
  { name: "DELETE of the release row", sql: `DELETE FROM "release" WHERE "id" = $1::uuid`, extra: () => [], message: /published.*DELETE refused/ },
  { name: "UPDATE of its release_event rows", sql: `UPDATE "release_event" SET "intensity" = "intensity" + 1 WHERE "releaseId" = $1::uuid`, extra: () => [], message: /release_event belong to a published release/ },
  { name: "DELETE of its release_event rows", sql: `DELETE FROM "release_event" WHERE "releaseId" = $1::uuid`, extra: () => [], message: /release_event belong to a published release/ },
  {
    name: "INSERT of a release_event row",
    sql: `INSERT INTO "release_event" ("releaseId", "eventId", "revisionId", "intensity") VALUES ($1::uuid, $2::uuid, $3::uuid, -4)`,
    extra: () => [outsider.eventId, outsider.revisionId],
    message: /added to release_event of a published release/,
  },
  { name: "UPDATE of its release_dyad rows", sql: `UPDATE "release_dyad" SET "value" = 0 WHERE "releaseId" = $1::uuid`, extra: () => [], message: /release_dyad belong to a published release/ },
  { name: "DELETE of its release_dyad rows", sql: `DELETE FROM "release_dyad" WHERE "releaseId" = $1::uuid`, extra: () => [], message: /release_dyad belong to a published release/ },
  {
    name: "INSERT of a release_dyad row",
    sql: `INSERT INTO "release_dyad" ("releaseId", "dyadId", "startDay", "value", "change7", "change30", "eventCount") VALUES ($1::uuid, $2, DATE '2002-06-01', 99, 0, 0, 1)`,
    extra: () => [otherDyadId],
    message: /added to release_dyad of a published release/,
  },
  { name: "UPDATE of its release_point rows", sql: `UPDATE "release_point" SET "value" = "value" + 1 WHERE "releaseId" = $1::uuid AND "dyadId" = $2`, extra: () => [dyadId], message: /release_point belong to a published release/ },
  { name: "DELETE of its release_point rows", sql: `DELETE FROM "release_point" WHERE "releaseId" = $1::uuid AND "dyadId" = $2`, extra: () => [dyadId], message: /release_point belong to a published release/ },
  {
    name: "INSERT of a release_point row",
    sql: `INSERT INTO "release_point" ("releaseId", "dyadId", "day", "value", "pressure", "conflict", "cooperation", "aToB", "bToA", "events")
          VALUES ($1::uuid, $2, DATE '2002-07-01', 99, 0, 0, 0, 0, 0, 0)`,
    extra: () => [otherDyadId],
    message: /added to release_point of a published release/,
  },
];

describe("a published release refuses direct SQL", () => {
  it.each(CHANGES)("refuses $name", async ({ sql, extra, message }) => {
    await expectRefused(sql, [published.id, ...extra()], message);
  });

  it.each(["release_point", "release_dyad", "release_event"])("refuses TRUNCATE of %s", async (table) => {
    await expectRefused(`TRUNCATE "${table}"`, [], new RegExp(`${table}.*TRUNCATE refused`));
  });

  it("refuses TRUNCATE of release (with CASCADE, which would take every release's parts with it)", async () => {
    await expectRefused(`TRUNCATE "release" CASCADE`, [], /TRUNCATE refused/);
  });

  it("refuses series points COPYed into it, as the publishing code writes them on PostgreSQL", async ({ skip }) => {
    // One dyad's three days, written the way draftRelease writes them (binary COPY).
    const series = computeDyad([{ id: "e", day: dayNumber("2002-07-01"), source: "AAAA", target: "BBBB", intensity: -4, weight: 1 }], dayNumber("2002-07-03"), RTI_1)!;
    const copyInto = (releaseId: string) =>
      withPgTransaction(db, async (client) => {
        if (!(await supportsCopy(client))) return "no COPY";
        await copySeries(client, releaseId, otherDyadId, series);
        throw new RolledBack();
      }).then(
        (outcome) => outcome,
        (error: unknown) => (error instanceof RolledBack ? null : error),
      );
    const refused = await copyInto(published.id);
    if (refused === "no COPY") return skip("the embedded PGlite takes no COPY; draftRelease inserts there instead");
    expect(refused, "the database accepted rows copied into a published release").not.toBeNull();
    expect(sqlState(refused)).toBe("42501");
    expect(String((refused as Error).message)).toMatch(/added to release_point of a published release/);
    // The same COPY into a draft goes in (and is rolled back).
    expect(await copyInto(draftId)).toBeNull();
  });

  it("leaves the published release exactly as it was", async () => {
    expect(await snapshot(published.id)).toEqual(before);
  });

  it("accepts the same changes on a draft (so the refusals above are the guard's)", async () => {
    const accepted = [];
    for (const { name, sql, extra } of CHANGES) if ((await attempt(sql, draftId, ...extra())) === null) accepted.push(name);
    expect(accepted).toEqual(CHANGES.map((c) => c.name));
  });
});

describe("moving rows", () => {
  // Migration 0004: the row triggers check the new row's release too.
  it("refuses an UPDATE that moves a draft's rows into a published release", async () => {
    const dyad = await createTestDyad(db);
    const { event } = await createTestEvent(db, { dyad, state: "approved", fields: { date: addDays(AS_OF, -15), code: "190" } });
    const id = await draftRelease(db, publisher, { asOf: AS_OF, methodologyVersion: 1, notes: "Rows to move." });
    try {
      const moves: [string, string, unknown][] = [
        ["release_point", `"dyadId" = $3`, dyad.id],
        ["release_dyad", `"dyadId" = $3`, dyad.id],
        ["release_event", `"eventId" = $3::uuid`, event.id],
      ];
      for (const [table, where, key] of moves) {
        await expectRefused(`UPDATE "${table}" SET "releaseId" = $1::uuid WHERE "releaseId" = $2::uuid AND ${where}`, [published.id, id, key], /published release/);
      }
    } finally {
      await discardDraft(db, publisher, { id });
    }
  });
});

describe("a methodology version used by a release", () => {
  it.each([
    [`UPDATE "methodology_version" SET "halfLifeDays" = 31 WHERE "version" = 1`],
    [`UPDATE "methodology_version" SET "intensityOverrides" = '{"161": -5}' WHERE "version" = 1`],
    [`UPDATE "methodology_version" SET "name" = 'RTI-1 (edited)' WHERE "version" = 1`],
    [`DELETE FROM "methodology_version" WHERE "version" = 1`],
  ])("refuses %s", async (sql) => {
    expect(await db.release.count({ where: { id: published.id, methodologyVersion: 1 } })).toBe(1);
    await expectRefused(sql, [], /methodology version 1 has been used by a release/);
    expect(await db.methodologyVersion.findUniqueOrThrow({ where: { version: 1 } })).toMatchObject({ name: "RTI-1", halfLifeDays: 30, scale: 20, intensityOverrides: {} });
  });

  it("accepts a change to a version no release has used (made and rolled back in one transaction)", async () => {
    const outcome = await db
      .$transaction(async (tx) => {
        const made = await tx.$queryRawUnsafe<{ version: number }[]>(
          `INSERT INTO "methodology_version" ("version", "name", "halfLifeDays", "scale")
           SELECT max("version") + 1, 'RTI-unused-' || gen_random_uuid(), 30, 20 FROM "methodology_version" RETURNING "version"`,
        );
        const changed = await tx.$executeRawUnsafe(`UPDATE "methodology_version" SET "halfLifeDays" = 45 WHERE "version" = $1`, made[0]!.version);
        throw new RolledBack(`changed ${changed}`);
      })
      .catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(RolledBack);
    expect((outcome as Error).message).toBe("changed 1");
  });
});

describe("a draft, by contrast", () => {
  it("can be discarded, and its events, dyads and points go with it", async () => {
    const id = await draftRelease(db, publisher, { asOf: AS_OF, methodologyVersion: 1, notes: "A draft to throw away." });
    const counts = async () => [
      await db.release.count({ where: { id } }),
      await db.releaseEvent.count({ where: { releaseId: id } }),
      await db.releaseDyad.count({ where: { releaseId: id } }),
      await db.releasePoint.count({ where: { releaseId: id } }),
    ];
    const made = await counts();
    expect(made.every((n) => n > 0)).toBe(true);

    await discardDraft(db, publisher, { id });
    expect(await counts()).toEqual([0, 0, 0, 0]);
    expect(await db.auditLog.count({ where: { entityType: "release", entityId: id, action: "release.discard", actorId: publisher.id } })).toBe(1);
  });

  it("while discarding a published release is refused and changes nothing", async () => {
    await expect(discardDraft(db, publisher, { id: published.id })).rejects.toSatisfy(
      (e: unknown) => e instanceof DomainError && e.domainCode === "UNPROCESSABLE",
    );
    expect(await snapshot(published.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { entityType: "release", entityId: published.id, action: "release.discard" } })).toBe(0);
  });
});

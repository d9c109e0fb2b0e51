// Methodology versions (methodology.md, Versions and releases): a release is computed with the
// version it names, whose half-life, scale and intensity table replace RTI-1's; an editor's
// written override of an event's intensity still wins over the version's table.
import type { Viewer } from "@rti/auth";
import { getDb, type MethodologyVersion } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { dayNumber } from "@rti/engine";
import { randomBytes, randomInt } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestEvent } from "../../testing";
import { pointMismatches, recomputeFromStoredInputs, seriesPoints, storedPoints, testViewer } from "../../testing/releases";
import { discardDraft, draftRelease } from "./workflow";

const db = getDb();
const AS_OF = "2004-12-31";
const H = 10;
const K = 5;
/** CAMEO 161 (Goldstein −4) scores −7 in the test version. */
const TABLE = { "161": -7 };

let publisher: Viewer;
let version: MethodologyVersion;
let dyad: Awaited<ReturnType<typeof createTestDyad>>;
const ids = { plain: "", overridden: "", untouched: "" };
const drafts: string[] = [];

/**
 * A new version for this test alone. It is numbered below RTI-1, not after the newest: a draft
 * that names no version takes the newest, and other test files draft that way at the same time.
 */
async function newVersion(): Promise<MethodologyVersion> {
  for (;;) {
    const made = await db.methodologyVersion.createManyAndReturn({
      data: [{ version: -randomInt(1, 1_000_000_000), name: `RTI-test-${randomBytes(3).toString("hex")}`, halfLifeDays: H, scale: K, intensityOverrides: TABLE, notes: "Methodology test version." }],
      skipDuplicates: true,
    });
    if (made[0]) return made[0];
  }
}

beforeAll(async () => {
  publisher = await testViewer(db, ["publisher"]);
  dyad = await createTestDyad(db);
  ids.plain = (await createTestEvent(db, { dyad, state: "approved", fields: { date: "2004-03-01", code: "161" } })).event.id;
  ids.overridden = (
    await createTestEvent(db, {
      dyad,
      state: "approved",
      fields: { date: "2004-03-20", code: "161", intensity: -2, intensityReason: "A temporary recall, announced as routine consultations." },
    })
  ).event.id;
  ids.untouched = (await createTestEvent(db, { dyad, state: "approved", fields: { date: "2004-04-02", code: "041", weight: 0.5 } })).event.id;
  version = await newVersion();
});

afterAll(async () => {
  for (const id of drafts) await discardDraft(db, publisher, { id });
  // Unused again once its drafts are gone, so it can go.
  await db.methodologyVersion.delete({ where: { version: version.version } });
});

async function draftWith(methodologyVersion: number) {
  const id = await draftRelease(db, publisher, { asOf: AS_OF, methodologyVersion, notes: `Computed with version ${methodologyVersion}.` });
  drafts.push(id);
  return id;
}

async function intensities(releaseId: string) {
  const rows = await db.releaseEvent.findMany({ where: { releaseId, eventId: { in: Object.values(ids) } } });
  return Object.fromEntries(rows.map((r) => [r.eventId, r.intensity]));
}

it("computes a release with the version it names: its half-life, its scale and its intensity table", async () => {
  const id = await draftWith(version.version);
  expect((await db.release.findUniqueOrThrow({ where: { id } })).methodologyVersion).toBe(version.version);

  // The version's table replaces 161's Goldstein value; the editor's override and an untouched code stay.
  expect(await intensities(id)).toEqual({ [ids.plain]: -7, [ids.overridden]: -2, [ids.untouched]: 1 });
  // The revisions themselves are unchanged: still −4 (Goldstein) and the editor's −2.
  const revisions = await db.event.findMany({ where: { id: { in: [ids.plain, ids.overridden] } }, include: { approved: true } });
  expect(Object.fromEntries(revisions.map((e) => [e.id, e.approved!.intensity.toNumber()]))).toEqual({ [ids.plain]: -4, [ids.overridden]: -2 });

  // Every stored point is what H = 10, K = 5 give for those intensities...
  const recomputed = await recomputeFromStoredInputs(db, id, dyad.id);
  const stored = await storedPoints(db, id, dyad.id);
  expect(pointMismatches(stored, seriesPoints(recomputed!))).toEqual([]);
  // ...checked by hand on a few days: P halves every 10 days, T = 50 + 50·tanh(P/5).
  const at = (day: string) => stored[dayNumber(day) - dayNumber("2004-03-01")]!;
  expect(at("2004-03-01")).toMatchObject({ pressure: 7, conflict: 7, value: 50 + 50 * Math.tanh(7 / 5) });
  expect(at("2004-03-11").pressure).toBeCloseTo(3.5, 12);
  expect(at("2004-03-19").pressure).toBeCloseTo(7 * 2 ** (-18 / 10), 12);
  expect(at("2004-03-20").pressure).toBeCloseTo(7 * 2 ** (-19 / 10) + 2, 12);
  expect(at("2004-04-02").pressure).toBeCloseTo(7 * 2 ** (-32 / 10) + 2 * 2 ** (-13 / 10) - 0.5, 12);
});

it("gives other values under RTI-1 for the same events, keeping the editor's override there too", async () => {
  const [withTest, withRti1] = [await draftWith(version.version), await draftWith(1)];
  expect(await intensities(withRti1)).toEqual({ [ids.plain]: -4, [ids.overridden]: -2, [ids.untouched]: 1 });

  const [a, b] = [await storedPoints(db, withTest, dyad.id), await storedPoints(db, withRti1, dyad.id)];
  expect(a.map((p) => p.day)).toEqual(b.map((p) => p.day));
  expect(b[0]).toMatchObject({ pressure: 4, value: 50 + 50 * Math.tanh(4 / 20) });
  // Faster decay: by the cut-off the test version has forgotten far more than RTI-1.
  expect(Math.abs(a.at(-1)!.pressure)).toBeLessThan(Math.abs(b.at(-1)!.pressure) / 100);
  expect(pointMismatches(b, seriesPoints((await recomputeFromStoredInputs(db, withRti1, dyad.id))!))).toEqual([]);
});

it("makes the version immutable once a release uses it", async () => {
  await draftWith(version.version);
  const error = await db.methodologyVersion.update({ where: { version: version.version }, data: { scale: 6 } }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the database let a used methodology version change").not.toBeNull();
  expect(String(error)).toMatch(/has been used by a release/);
  expect((await db.methodologyVersion.findUniqueOrThrow({ where: { version: version.version } })).scale).toBe(K);
});

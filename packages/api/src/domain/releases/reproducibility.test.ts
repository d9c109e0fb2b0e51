// Reproducibility (methodology.md: "a published value must be reproducible by anyone from the
// release's events and these formulas"): every point a published release stores is exactly what
// the engine computes from the release's own stored inputs, and the worked example holds end to
// end, from events made through the workflow to the stored float8 values.
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { dayNumber } from "@rti/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestEvent } from "../../testing";
import type { EventFieldsInput } from "../../schemas/event";
import {
  addDays,
  isoDay,
  pointMismatches,
  type Point,
  publishPatiently,
  recomputeFromStoredInputs,
  round2,
  seriesPoints,
  storedPoints,
  storedValueOn,
  testViewer,
  today,
} from "../../testing/releases";

const db = getDb();

// Day D of the worked example, and the cut-off D + 60 the example's table ends on (today).
const AS_OF = today();
const D = addDays(AS_OF, -60);
// An event known only to the month counts on the month's first day.
const MONTHLY = addDays(D, 3);
const MONTH_START = `${MONTHLY.slice(0, 7)}-01`;

type Dyad = Awaited<ReturnType<typeof createTestDyad>>;
let editor: Viewer;
let release: { id: string; number: number | null };
let worked: Dyad; // one event, g = −4, on D
let workedPlus: Dyad; // g = −4 and g = +1, both on D
let mixed: Dyad; // several days, both directions, weights, an editor override

/** What the test expects of each event of the mixed dyad, with the intensity the release must record. */
interface Planned {
  fields: Partial<EventFieldsInput>;
  fromA: boolean;
  intensity: number;
  weight: number;
  state: "draft" | "in_review" | "approved";
  included: boolean;
  id?: string;
}
let planned: Planned[];

async function approved(dyad: Dyad, fields: Partial<EventFieldsInput>) {
  return (await createTestEvent(db, { author: editor, dyad, state: "approved", fields })).event;
}

beforeAll(async () => {
  editor = await testViewer(db, ["editor"]);
  const publisher = await testViewer(db, ["publisher"]);
  [worked, workedPlus, mixed] = [await createTestDyad(db), await createTestDyad(db), await createTestDyad(db)];
  const A = mixed.actorA;
  const B = mixed.actorB;
  const ab = { source: A, target: B };
  const ba = { source: B, target: A };
  planned = [
    { fields: { ...ab, date: addDays(D, 2), code: "161" }, fromA: true, intensity: -4, weight: 1, state: "approved", included: true },
    { fields: { ...ba, date: addDays(D, 2), code: "057", weight: 0.5 }, fromA: false, intensity: 8, weight: 0.5, state: "approved", included: true },
    { fields: { ...ba, date: addDays(D, 10), code: "190", weight: 0.25 }, fromA: false, intensity: -10, weight: 0.25, state: "approved", included: true },
    {
      fields: { ...ab, date: addDays(D, 25), code: "041", intensity: 6.5, intensityReason: "The call announced a settlement, far beyond a routine call." },
      fromA: true,
      intensity: 6.5,
      weight: 1,
      state: "approved",
      included: true,
    },
    { fields: { ...ab, date: addDays(D, 40), code: "111", weight: 0.8 }, fromA: true, intensity: -2, weight: 0.8, state: "approved", included: true },
    // Known only to the month: counts on the month's first day.
    { fields: { ...ba, date: MONTHLY, datePrecision: "month", code: "036", weight: 0.75 }, fromA: false, intensity: 4, weight: 0.75, state: "approved", included: true },
    // After the cut-off, or never approved: not in the release.
    { fields: { ...ab, date: addDays(D, 61), code: "190" }, fromA: true, intensity: -10, weight: 1, state: "approved", included: false },
    { fields: { ...ab, date: addDays(D, 5), code: "190" }, fromA: true, intensity: -10, weight: 1, state: "in_review", included: false },
    { fields: { ...ba, date: addDays(D, 6), code: "190" }, fromA: false, intensity: -10, weight: 1, state: "draft", included: false },
  ];
  for (const p of planned) p.id = (await createTestEvent(db, { author: editor, dyad: mixed, state: p.state, fields: p.fields })).event.id;

  await approved(worked, { date: D, code: "161" });
  await approved(workedPlus, { date: D, code: "161" });
  await approved(workedPlus, { date: D, code: "041" });

  release = await publishPatiently(db, publisher, { asOf: AS_OF, methodologyVersion: 1, notes: "Reproducibility test release." });
});

describe("a published release", () => {
  it("records RTI-1 and includes exactly the approved revisions on or before its cut-off, with the intensity each was scored with", async () => {
    const row = await db.release.findUniqueOrThrow({ where: { id: release.id }, include: { methodology: true } });
    expect(row).toMatchObject({ status: "published", methodologyVersion: 1 });
    expect(isoDay(row.asOf)).toBe(AS_OF);
    expect(row.methodology).toMatchObject({ name: "RTI-1", halfLifeDays: 30, scale: 20 });

    const rows = await db.releaseEvent.findMany({ where: { releaseId: release.id, revision: { dyadId: mixed.id } }, include: { revision: true } });
    const wanted = planned.filter((p) => p.included);
    expect(rows.map((r) => r.eventId).sort()).toEqual(wanted.map((p) => p.id!).sort());
    for (const p of wanted) {
      const r = rows.find((x) => x.eventId === p.id)!;
      const event = await db.event.findUniqueOrThrow({ where: { id: p.id! } });
      expect(r.revisionId).toBe(event.approvedRevisionId);
      expect(r.intensity).toBe(p.intensity);
      expect(r.revision.weight.toNumber()).toBe(p.weight);
    }
    // The month-precision event counts on the first of its month.
    const monthly = rows.find((r) => r.eventId === planned[5]!.id)!;
    expect(isoDay(monthly.revision.date)).toBe(MONTH_START);
  });

  it("stores, for every day of each of its dyads, exactly (float64) what the engine computes from the release's stored inputs", async () => {
    for (const dyad of [mixed, worked, workedPlus]) {
      const recomputed = await recomputeFromStoredInputs(db, release.id, dyad.id);
      expect(recomputed, dyad.slug).not.toBeNull();
      expect(recomputed!.dyad).toBe(dyad.slug);
      const stored = await storedPoints(db, release.id, dyad.id);
      expect(stored.length, dyad.slug).toBe(dayNumber(AS_OF) - recomputed!.startDay + 1);
      expect(pointMismatches(stored, seriesPoints(recomputed!)), dyad.slug).toEqual([]);

      // The dyad's summary row agrees with its series.
      const summary = await db.releaseDyad.findUniqueOrThrow({ where: { releaseId_dyadId: { releaseId: release.id, dyadId: dyad.id } } });
      const end = dayNumber(AS_OF);
      expect(dayNumber(isoDay(summary.startDay))).toBe(stored[0]!.day);
      expect(summary.value).toBe(stored.at(-1)!.value);
      expect(summary.change7).toBe(summary.value - storedValueOn(stored, end - 7));
      expect(summary.change30).toBe(summary.value - storedValueOn(stored, end - 30));
      expect(summary.eventCount).toBe(await db.releaseEvent.count({ where: { releaseId: release.id, revision: { dyadId: dyad.id } } }));
    }
  });

  it("agrees with the formulas of methodology.md, computed here without the engine", async () => {
    const H = 30;
    const K = 20;
    const end = dayNumber(AS_OF);
    const included = planned.filter((p) => p.included).map((p) => ({ ...p, day: dayNumber(p.fields.datePrecision === "month" ? MONTH_START : p.fields.date!) }));
    const start = Math.min(...included.map((e) => e.day));
    let [P, C, Q, AB, BA] = [0, 0, 0, 0, 0];
    const expected: Point[] = [];
    for (let d = start; d <= end; d++) {
      const decay = d === start ? 0 : 2 ** (-1 / H);
      [P, C, Q, AB, BA] = [P * decay, C * decay, Q * decay, AB * decay, BA * decay];
      const today = included.filter((e) => e.day === d);
      for (const e of today) {
        const x = e.weight * -e.intensity;
        P += x;
        if (e.intensity < 0) C += x;
        if (e.intensity > 0) Q += -x;
        if (e.fromA) AB += x;
        else BA += x;
      }
      expected.push({ day: d, value: 50 + 50 * Math.tanh(P / K), pressure: P, conflict: C, cooperation: Q, aToB: AB, bToA: BA, events: today.length });
    }
    const stored = await storedPoints(db, release.id, mixed.id);
    expect(stored).toHaveLength(expected.length);
    stored.forEach((s, i) => {
      const e = expected[i]!;
      expect(s.day).toBe(e.day);
      expect(s.events).toBe(e.events);
      for (const key of ["value", "pressure", "conflict", "cooperation", "aToB", "bToA"] as const) expect(s[key], `${key} on day ${i}`).toBeCloseTo(e[key], 9);
      expect(s.conflict - s.cooperation).toBeCloseTo(s.pressure, 9);
      expect(s.aToB + s.bToA).toBeCloseTo(s.pressure, 9);
    });
  });

  it("passes the worked example of methodology.md: g = −4 on day D, released as of D + 60 under RTI-1", async () => {
    const stored = await storedPoints(db, release.id, worked.id);
    expect(stored.map((p) => p.day)).toEqual(Array.from({ length: 61 }, (_, i) => dayNumber(D) + i));
    const on = (n: number) => stored[n]!;
    expect([0, 30, 60].map((n) => round2(on(n).value))).toEqual([59.87, 54.98, 52.5]);
    expect(on(0).pressure).toBe(4);
    expect(on(30).pressure).toBeCloseTo(2, 12);
    expect(on(60).pressure).toBeCloseTo(1, 12);
    expect(on(0)).toMatchObject({ conflict: 4, cooperation: 0, events: 1 });
    expect(stored.slice(1).every((p) => p.events === 0)).toBe(true);

    // "Add a g = +1 event (CAMEO 041) on day 0: x_0 = 3, T_0 = 57.44."
    const plus = await storedPoints(db, release.id, workedPlus.id);
    expect(plus[0]).toMatchObject({ pressure: 3, conflict: 4, cooperation: 1, events: 2 });
    expect(round2(plus[0]!.value)).toBe(57.44);
  });
});

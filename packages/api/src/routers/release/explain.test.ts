// release.explain: the events behind one day's value, from the release's own events; the value it
// reports is the stored series' value that day, so the explanation and the chart cannot disagree.
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createTestEvent } from "../../testing";
import { addDays, publishPatiently, testViewer, today } from "../../testing/releases";
import { createCallerFactory } from "../../trpc";

const db = getDb();
const AS_OF = today();
const day = (n: number) => addDays(AS_OF, n);
const visitor = createCallerFactory(appRouter)({ db, viewer: null });

type Dyad = Awaited<ReturnType<typeof createTestDyad>>;
let dyad: Dyad;
let releaseNumber: number;
let ids: { strike: string; aid: string; later: string };

beforeAll(async () => {
  const editor = await testViewer(db, ["editor"]);
  dyad = await createTestDyad(db);
  const aid = await createTestEvent(db, { author: editor, dyad, state: "approved", fields: { date: day(-40), code: "070", title: "Aid" } });
  const strike = await createTestEvent(db, { author: editor, dyad, state: "approved", fields: { date: day(-20), code: "190", title: "Strike" } });
  const later = await createTestEvent(db, { author: editor, dyad, state: "approved", fields: { date: day(-5), code: "190", title: "Later strike" } });
  ids = { strike: strike.event.id, aid: aid.event.id, later: later.event.id };
  const published = await publishPatiently(db, await testViewer(db, ["publisher"]), { asOf: AS_OF, methodologyVersion: 1, notes: "Explain test release." });
  releaseNumber = published.number!;
});

describe("release.explain", () => {
  it("lists the events up to the day, biggest push first, with the series' value of that day", async () => {
    const date = day(-10);
    const r = await visitor.release.explain({ dyad: dyad.slug, release: releaseNumber, date });
    const point = (await visitor.release.series({ dyad: dyad.slug, release: releaseNumber, from: date, to: date })).points[0]!;
    expect(r).toMatchObject({ dyad: dyad.slug, release: { number: releaseNumber }, date, value: point.value, pressure: point.pressure });
    // The strike is nearer the day and stronger than the aid; the later strike has not happened yet.
    expect(r.contributions.map((c) => c.event.eventId)).toEqual([ids.strike, ids.aid]);
    expect(r.contributions[0]!.pressure).toBeGreaterThan(0);
    expect(r.contributions[1]!.pressure).toBeLessThan(0);
    expect(r.contributions.reduce((s, c) => s + c.pressure, 0)).toBeCloseTo(point.pressure, 9);
    expect(r.contributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
    expect(r.others).toEqual({ count: 0, share: 0 });
  });

  it("refuses a day outside the dyad's series, naming the days it has", async () => {
    await expect(visitor.release.explain({ dyad: dyad.slug, release: releaseNumber, date: day(-41) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(`from ${day(-40)} to ${AS_OF}`),
    });
    await expect(visitor.release.explain({ dyad: dyad.slug, release: releaseNumber, date: day(1) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is NOT_FOUND for an unknown dyad, a dyad not in the release, or an unknown release", async () => {
    await expect(visitor.release.explain({ dyad: "qqqqq-zzzzz", date: AS_OF })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const empty = await createTestDyad(db);
    await expect(visitor.release.explain({ dyad: empty.slug, release: releaseNumber, date: AS_OF })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const newest = (await db.release.aggregate({ _max: { number: true } }))._max.number ?? 0;
    await expect(visitor.release.explain({ dyad: dyad.slug, release: newest + 1000, date: AS_OF })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

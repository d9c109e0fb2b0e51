// Reading published releases through the API: one release with its changelog, its dyads ranked
// with value, band, 7- and 30-day change and a 90-day sparkline that all agree with the stored
// points, a dyad's series; and NOT_FOUND for what does not exist.
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { dayNumber, dayString } from "@rti/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createTestEvent } from "../../testing";
import type { EventFieldsInput } from "../../schemas/event";
import { publishPatiently, storedPoints, storedValueOn, testViewer, today, type Point } from "../../testing/releases";
import { createCallerFactory } from "../../trpc";

const db = getDb();
const AS_OF = today();
const END = dayNumber(AS_OF);
const day = (n: number) => dayString(END + n);

type Dyad = Awaited<ReturnType<typeof createTestDyad>>;
const visitor = createCallerFactory(appRouter)({ db, viewer: null });
let release: { id: string; number: number };
/** long: starts months before the cut-off; short: six days before it; hot: two strikes the day before. */
let long: Dyad, short: Dyad, hot: Dyad;

/** methodology.md, Bands: T < 20 friendly · < 40 cordial · < 60 normal · < 80 tense · else hostile. */
const bandOf = (t: number) => (t < 20 ? "friendly" : t < 40 ? "cordial" : t < 60 ? "normal" : t < 80 ? "tense" : "hostile");

beforeAll(async () => {
  const editor: Viewer = await testViewer(db, ["editor"]);
  [long, short, hot] = [await createTestDyad(db), await createTestDyad(db), await createTestDyad(db)];
  const approved = (dyad: Dyad, fields: Partial<EventFieldsInput>) => createTestEvent(db, { author: editor, dyad, state: "approved", fields });
  await approved(long, { date: day(-171), code: "161" });
  await approved(long, { date: day(-20), code: "190", weight: 0.5 });
  await approved(long, { date: day(-3), code: "057" });
  await approved(short, { date: day(-5), code: "111" });
  await approved(hot, { date: day(-1), code: "190" });
  await approved(hot, { date: day(-1), code: "190", weight: 0.9 });
  const published = await publishPatiently(db, await testViewer(db, ["publisher"]), { asOf: AS_OF, methodologyVersion: 1, notes: "Read test release." });
  release = { id: published.id, number: published.number! };
});

describe("release.get", () => {
  it("returns a published release with its methodology, counts and changelog", async () => {
    const r = await visitor.release.get({ number: release.number });
    expect(r).toMatchObject({ id: release.id, number: release.number, status: "published", asOf: AS_OF, methodology: { version: 1, name: "RTI-1", halfLifeDays: 30, scale: 20 } });
    expect(r.eventCount).toBe(await db.releaseEvent.count({ where: { releaseId: release.id } }));
    expect(r.dyadCount).toBe(await db.releaseDyad.count({ where: { releaseId: release.id } }));
    expect(r.changelog.previous?.number ?? 0).toBe(release.number - 1);
    expect(r.changelog.dyads.map((d) => d.dyad)).toEqual(expect.arrayContaining([long.slug, short.slug, hot.slug]));
    // Lists carry the changelog's counts, not the changelog (it lists every event a release adds).
    const listed = (await visitor.release.list()).find((x) => x.number === release.number);
    const { changelog } = r;
    expect(listed).not.toHaveProperty("changelog");
    expect(listed!.changes).toEqual({
      previous: changelog.previous?.number ?? null,
      added: changelog.added.length,
      changed: changelog.changed.length,
      retracted: changelog.retracted.length,
      removed: changelog.removed.length,
    });
    expect(changelog.added.length).toBeGreaterThan(0);
    expect((await visitor.release.latest())!.number).toBeGreaterThanOrEqual(release.number);
  });

  it("is NOT_FOUND for a number never published", async () => {
    const newest = (await db.release.aggregate({ _max: { number: true } }))._max.number ?? 0;
    await expect(visitor.release.get({ number: newest + 1000 })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(`R${newest + 1000}`) });
    await expect(visitor.release.dyads({ release: newest + 1000 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(visitor.release.get({ number: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("release.dyads", () => {
  it("returns this release's dyads with value, band, changes and sparkline that agree with the stored points", async () => {
    const { release: r, dyads } = await visitor.release.dyads({ release: release.number });
    expect(r.id).toBe(release.id);
    expect(r).not.toHaveProperty("changelog");
    expect(dyads).toHaveLength(await db.releaseDyad.count({ where: { releaseId: release.id } }));
    // Most tense first.
    for (let i = 1; i < dyads.length; i++) expect(dyads[i - 1]!.value).toBeGreaterThanOrEqual(dyads[i]!.value);

    const expectations: [Dyad, number, number][] = [
      [long, 3, 90],
      [short, 1, 6],
      [hot, 2, 2],
    ];
    for (const [dyad, events, sparkDays] of expectations) {
      const row = dyads.find((d) => d.slug === dyad.slug);
      expect(row, dyad.slug).toBeDefined();
      const points: Point[] = await storedPoints(db, release.id, dyad.id);
      const last = points.at(-1)!;
      expect(last.day).toBe(END);
      expect(row).toMatchObject({
        actorA: { code: dyad.actorA, name: dyad.a.name },
        actorB: { code: dyad.actorB, name: dyad.b.name },
        value: last.value,
        band: bandOf(last.value),
        change7: last.value - storedValueOn(points, END - 7),
        change30: last.value - storedValueOn(points, END - 30),
        eventCount: events,
        sparkline: points.filter((p) => p.day > END - 90).map((p) => p.value),
      });
      expect(row!.sparkline).toHaveLength(sparkDays);
    }
    // The cases cover several bands and both sides of the series' start.
    const byslug = (d: Dyad) => dyads.find((x) => x.slug === d.slug)!;
    expect(byslug(hot).band).toBe("hostile");
    expect(byslug(short).change30).toBe(byslug(short).value - 50);
    expect(byslug(long).change7).not.toBe(0);
  });
});

describe("release.series", () => {
  it("returns a dyad's stored points of the release, with the methodology that produced them", async () => {
    const s = await visitor.release.series({ dyad: long.slug.toUpperCase(), release: release.number });
    const points = await storedPoints(db, release.id, long.id);
    expect(s).toMatchObject({ dyad: long.slug, release: { number: release.number }, methodology: { version: 1, name: "RTI-1" } });
    expect(s.points).toEqual(points.map(({ day, ...p }) => ({ date: dayString(day), ...p })));

    const window = await visitor.release.series({ dyad: long.slug, release: release.number, from: day(-29), to: day(-20) });
    expect(window.points.map((p) => p.date)).toEqual(Array.from({ length: 10 }, (_, i) => day(-29 + i)));
  });

  it("is NOT_FOUND for a dyad that does not exist, naming it", async () => {
    const slug = "qqqqq-zzzzz";
    expect(await db.dyad.findUnique({ where: { slug } })).toBeNull();
    await expect(visitor.release.series({ dyad: slug, release: release.number })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(slug) });
    await expect(visitor.release.series({ dyad: slug })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(slug) });
  });
});

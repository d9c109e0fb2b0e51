// release.newestEvents: a release's newest events across its dyads, newest first, each with its
// dyad, actors and the intensity the release used; the limit is honoured; NOT_FOUND for an unknown
// release. Other test files publish into the same database at the same time, so the release holds
// their events too: this file checks the order of the whole answer against the stored rows and
// asserts the details only of its own events.
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createTestEvent } from "../../testing";
import { addDays, isoDay, publishPatiently, testViewer, today } from "../../testing/releases";
import { createCallerFactory } from "../../trpc";

const db = getDb();
const AS_OF = today();
const day = (n: number) => addDays(AS_OF, n);
const visitor = createCallerFactory(appRouter)({ db, viewer: null });

type Dyad = Awaited<ReturnType<typeof createTestDyad>>;
let dyad: Dyad;
let release: { id: string; number: number };
/** This file's approved events, newest first: a strike on the cut-off day, then one a day before each. */
let mine: string[];
let draftId: string;

beforeAll(async () => {
  const editor = await testViewer(db, ["editor"]);
  dyad = await createTestDyad(db);
  const strike = await createTestEvent(db, { author: editor, dyad, state: "approved", fields: { date: day(0), code: "190", intensity: -9.5, intensityReason: "Deadly.", weight: 0.5, title: "Strike" } });
  // More than the default limit of 10, so the default has something to cut.
  const earlier = [];
  for (let i = 1; i <= 11; i++) {
    earlier.push(await createTestEvent(db, { author: editor, dyad, state: "approved", fields: { date: day(-i), code: i % 2 ? "070" : "041", source: dyad.actorB, target: dyad.actorA } }));
  }
  // Not approved, so not in the release, though dated on the cut-off day.
  const draft = await createTestEvent(db, { author: editor, dyad, fields: { date: day(0), code: "190" } });
  mine = [strike, ...earlier].map((e) => e.event.id);
  draftId = draft.event.id;
  const published = await publishPatiently(db, await testViewer(db, ["publisher"]), { asOf: AS_OF, methodologyVersion: 1, notes: "Newest events test release." });
  release = { id: published.id, number: published.number! };
});

/** The release's events with their days, read from the stored rows. */
async function storedDays() {
  const rows = await db.releaseEvent.findMany({ where: { releaseId: release.id }, select: { eventId: true, revision: { select: { date: true } } } });
  return new Map(rows.map((r) => [r.eventId, isoDay(r.revision.date)]));
}

describe("release.newestEvents", () => {
  it("shows each event with its dyad, actors, code and the intensity the release used", async () => {
    const r = await visitor.release.newestEvents({ release: release.number, limit: 50 });
    expect(r.release).toEqual({ number: release.number });
    const actor = (a: { code: string; name: string }) => ({ code: a.code, name: a.name });
    const cameo = await db.cameoCode.findUniqueOrThrow({ where: { code: "190" }, select: { code: true, name: true } });
    // Dated on the cut-off day, the strike is among the newest events the release can hold.
    expect(r.events.find((e) => e.eventId === mine[0])).toEqual({
      eventId: mine[0],
      date: AS_OF,
      dyad: { slug: dyad.slug, actorA: actor(dyad.a), actorB: actor(dyad.b) },
      source: actor(dyad.a),
      target: actor(dyad.b),
      cameo,
      intensity: -9.5,
      weight: 0.5,
      title: "Strike",
    });
    expect(r.events.map((e) => e.eventId)).not.toContain(draftId);
  });

  it("lists the newest first and leaves out only older events", async () => {
    const r = await visitor.release.newestEvents({ release: release.number, limit: 50 });
    const days = await storedDays();
    expect(r.events).toHaveLength(Math.min(50, days.size));
    for (const e of r.events) expect(days.get(e.eventId), e.eventId).toBe(e.date);
    const dates = r.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const shown = new Set(r.events.map((e) => e.eventId));
    const newerLeftOut = [...days].filter(([id, date]) => !shown.has(id) && date > dates.at(-1)!);
    expect(newerLeftOut).toEqual([]);
    const ownShown = r.events.map((e) => e.eventId).filter((id) => mine.includes(id));
    expect(ownShown.length).toBeGreaterThan(0);
    expect(ownShown).toEqual(mine.slice(0, ownShown.length));
  });

  it("honours the limit, 10 by default", async () => {
    const all = await visitor.release.newestEvents({ release: release.number, limit: 50 });
    const three = await visitor.release.newestEvents({ release: release.number, limit: 3 });
    expect(three.events).toEqual(all.events.slice(0, 3));
    // The release holds at least this file's twelve events.
    expect((await visitor.release.newestEvents({ release: release.number })).events).toEqual(all.events.slice(0, 10));
    const latest = await visitor.release.newestEvents();
    expect(latest.release.number).toBeGreaterThanOrEqual(release.number);
    expect(latest.events).toHaveLength(10);
  });

  it("refuses a limit outside 1 to 50, and is NOT_FOUND for an unknown release", async () => {
    for (const limit of [0, 51, 2.5]) {
      await expect(visitor.release.newestEvents({ release: release.number, limit })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const newest = (await db.release.aggregate({ _max: { number: true } }))._max.number ?? 0;
    await expect(visitor.release.newestEvents({ release: newest + 1000 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining(`R${newest + 1000}`),
    });
  });
});

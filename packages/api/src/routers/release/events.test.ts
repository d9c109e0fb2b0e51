// release.events: the events a published release includes for one dyad, as the release computed
// them (its intensity, the revision it included), oldest first; NOT_FOUND for what does not exist.
// Other test files publish into the same database at the same time, so this one asserts only on
// its own dyad.
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
let ids: { strike: string; aid: string; draft: string };

beforeAll(async () => {
  const editor = await testViewer(db, ["editor"]);
  dyad = await createTestDyad(db);
  const strike = await createTestEvent(db, { author: editor, dyad, state: "approved", fields: { date: day(-2), code: "190", intensity: -9.5, intensityReason: "Deadly.", weight: 0.5, title: "Strike" } });
  const aid = await createTestEvent(db, { author: editor, dyad, state: "approved", fields: { date: day(-10), code: "070", source: dyad.actorB, target: dyad.actorA, title: "Aid" } });
  // Not approved, so not in the release.
  const draft = await createTestEvent(db, { author: editor, dyad, fields: { date: day(-1), code: "190" } });
  ids = { strike: strike.event.id, aid: aid.event.id, draft: draft.event.id };
  const published = await publishPatiently(db, await testViewer(db, ["publisher"]), { asOf: AS_OF, methodologyVersion: 1, notes: "Events test release." });
  releaseNumber = published.number!;
});

describe("release.events", () => {
  it("lists the dyad's released events oldest first, with the intensity the release used", async () => {
    const r = await visitor.release.events({ dyad: dyad.slug.toUpperCase(), release: releaseNumber });
    expect(r).toMatchObject({ dyad: dyad.slug, release: { number: releaseNumber } });
    const cameo = async (code: string) => db.cameoCode.findUniqueOrThrow({ where: { code }, select: { code: true, name: true } });
    expect(r.events).toEqual([
      { eventId: ids.aid, date: day(-10), sourceActor: dyad.actorB, targetActor: dyad.actorA, cameo: await cameo("070"), intensity: 7, weight: 1, title: "Aid" },
      { eventId: ids.strike, date: day(-2), sourceActor: dyad.actorA, targetActor: dyad.actorB, cameo: await cameo("190"), intensity: -9.5, weight: 0.5, title: "Strike" },
    ]);
    const stored = await db.releaseEvent.findMany({ where: { release: { number: releaseNumber }, eventId: { in: [ids.aid, ids.strike] } } });
    expect(r.events.map((e) => e.intensity).sort()).toEqual(stored.map((s) => s.intensity).sort());
  });

  it("is NOT_FOUND for an unknown dyad or release", async () => {
    await expect(visitor.release.events({ dyad: "qqqqq-zzzzz" })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("qqqqq-zzzzz") });
    const newest = (await db.release.aggregate({ _max: { number: true } }))._max.number ?? 0;
    await expect(visitor.release.events({ dyad: dyad.slug, release: newest + 1000 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

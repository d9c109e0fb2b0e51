// event.published: the public page's data, read only from published releases. Other test files
// publish into the same database at the same time, so their releases may include these events
// too: the assertions name this file's two releases and check the rest by rule.
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { decideOnRevision, retractEvent, reviseEvent, submitEvent } from "../../domain/events/workflow";
import { discardDraft, draftRelease } from "../../domain/releases/workflow";
import { appRouter } from "../../root";
import { createTestEvent, eventFields } from "../../testing";
import { addDays, publishPatiently, testViewer, today } from "../../testing/releases";
import { createCallerFactory } from "../../trpc";

const db = getDb();
const AS_OF = today();
const day = (n: number) => addDays(AS_OF, n);
const visitor = createCallerFactory(appRouter)({ db, viewer: null });
const input = { asOf: AS_OF, methodologyVersion: 1, notes: "Event page test release." };

type Dyad = Awaited<ReturnType<typeof createTestDyad>>;
let dyad: Dyad;
let editor: Viewer;
let reviewer: Viewer;
let publisher: Viewer;
let first: number;
let second: number;
const ids = { released: "", changed: "", retracted: "", pending: "", draft: "", inReview: "" };
const PENDING_TITLE = "Pending edit nobody approved";
const REVIEW_COMMENT = "Checked against the wire copy.";
const RETRACTION = "The agency withdrew its report.";

async function approve(id: string, revision: number) {
  await submitEvent(db, editor, { id, baseRevision: revision });
  await decideOnRevision(db, reviewer, { id, revision, decision: "approve", comment: REVIEW_COMMENT });
}

beforeAll(async () => {
  [editor, reviewer] = [await testViewer(db, ["editor"]), await testViewer(db, ["reviewer"])];
  publisher = await testViewer(db, ["publisher"]);
  dyad = await createTestDyad(db);
  const made = async (state: "draft" | "in_review" | "approved", fields: Parameters<typeof eventFields>[1]) =>
    (await createTestEvent(db, { author: editor, dyad, state, fields })).event.id;
  ids.released = await made("approved", {
    date: day(-30),
    code: "190",
    intensity: -9.5,
    intensityReason: "Deadly.",
    weight: 0.5,
    title: "Strike on the depot",
    summary: "Missiles hit a fuel depot.",
    sources: [{ url: "https://example.org/strike", publisher: "Example Wire", publishedAt: day(-29), quote: "The depot burned all night." }],
  });
  ids.changed = await made("approved", { date: day(-20), code: "036", title: "Talks announced" });
  ids.retracted = await made("approved", { date: day(-10), code: "111", title: "Protest note" });
  ids.pending = await made("approved", { date: day(-5), code: "042", title: "Visit" });
  ids.draft = await made("draft", { date: day(-3) });
  ids.inReview = await made("in_review", { date: day(-2) });
  first = (await publishPatiently(db, publisher, input)).number!;

  await reviseEvent(db, editor, {
    id: ids.changed,
    baseRevision: 1,
    event: eventFields(dyad, { date: day(-20), code: "036", title: "Talks held" }),
    changeNote: "The talks took place.",
  });
  await approve(ids.changed, 2);
  await retractEvent(db, reviewer, { id: ids.retracted, baseRevision: 1, reason: RETRACTION });
  await reviseEvent(db, editor, { id: ids.pending, baseRevision: 1, event: eventFields(dyad, { date: day(-5), code: "042", title: PENDING_TITLE }) });
  await submitEvent(db, editor, { id: ids.pending, baseRevision: 2 });
  second = (await publishPatiently(db, publisher, input)).number!;
});

/** What the stored release rows say about an event, read with Prisma rather than the domain code. */
async function storedReleases(eventId: string) {
  const rows = await db.releaseEvent.findMany({
    where: { eventId, release: { status: "published" } },
    include: { release: { include: { methodology: true } }, revision: true },
  });
  return rows
    .map((r) => ({
      number: r.release.number!,
      asOf: r.release.asOf.toISOString().slice(0, 10),
      publishedAt: r.release.publishedAt!.toISOString(),
      methodology: r.release.methodology.name,
      revision: r.revision.number,
      intensity: r.intensity,
    }))
    .sort((a, b) => b.number - a.number);
}

describe("event.published", () => {
  it("is NOT_FOUND for events no published release includes, and for unknown ids; BAD_REQUEST for a malformed id", async () => {
    for (const id of [ids.draft, ids.inReview, crypto.randomUUID()]) {
      await expect(visitor.event.published({ id })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("No published release includes this event") });
    }
    await expect(visitor.event.published({ id: "not-an-id" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("an event id is a UUID") });
  });

  it("is NOT_FOUND for an event that only a draft release includes", async () => {
    // Dated tomorrow, so the other files' releases (cut off today) leave it out.
    const { event } = await createTestEvent(db, { author: editor, dyad, state: "approved", fields: { date: day(1) } });
    const draft = await draftRelease(db, publisher, { ...input, asOf: day(1) });
    try {
      expect(await db.releaseEvent.count({ where: { releaseId: draft, eventId: event.id } })).toBe(1);
      await expect(visitor.event.published({ id: event.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    } finally {
      await discardDraft(db, publisher, { id: draft });
    }
  });

  it("shows a released event's facts, sources and code, with the intensity the release used and every release that includes it", async () => {
    const e = await visitor.event.published({ id: ids.released });
    const cameo = await db.cameoCode.findUniqueOrThrow({ where: { code: "190" } });
    expect(e).toMatchObject({
      id: ids.released,
      revision: 1,
      title: "Strike on the depot",
      summary: "Missiles hit a fuel depot.",
      date: day(-30),
      datePrecision: "day",
      source: { code: dyad.a.code, name: dyad.a.name },
      target: { code: dyad.b.code, name: dyad.b.name },
      dyad: { slug: dyad.slug, actorA: { code: dyad.a.code, name: dyad.a.name }, actorB: { code: dyad.b.code, name: dyad.b.name } },
      cameo: { code: "190", name: cameo.name, goldstein: cameo.goldstein.toNumber() },
      intensity: -9.5,
      intensityReason: "Deadly.",
      weight: 0.5,
      sources: [{ url: "https://example.org/strike", publisher: "Example Wire", publishedAt: day(-29), quote: "The depot burned all night." }],
      history: [{ revision: 1, comparedWith: null, changes: [], changeNote: null }],
      retracted: null,
    });
    expect(e.releases).toEqual(await storedReleases(ids.released));
    expect(e.releases.map((r) => r.number)).toEqual(expect.arrayContaining([first, second]));
    expect(e.releases.every((r) => r.revision === 1 && r.intensity === -9.5 && r.asOf === AS_OF)).toBe(true);
  });

  it("shows a changed and re-released event as it is now, with both public revisions and what changed", async () => {
    const e = await visitor.event.published({ id: ids.changed });
    expect(e).toMatchObject({ title: "Talks held", revision: 2 });
    expect(e.history).toMatchObject([
      { revision: 2, changeNote: "The talks took place.", comparedWith: 1, changes: [{ field: "Title", before: "Talks announced", after: "Talks held" }] },
      { revision: 1, comparedWith: null, changes: [] },
    ]);
    const revisions = await db.eventRevision.findMany({ where: { eventId: ids.changed }, orderBy: { number: "desc" } });
    expect(e.history.map((h) => h.createdAt)).toEqual(revisions.map((r) => r.createdAt.toISOString()));
    expect(e.releases).toEqual(await storedReleases(ids.changed));
    expect(e.releases).toEqual(expect.arrayContaining([expect.objectContaining({ number: first, revision: 1 }), expect.objectContaining({ number: second, revision: 2 })]));
    // Nothing from the review reaches the public.
    expect(JSON.stringify(e)).not.toContain(REVIEW_COMMENT);
    expect(JSON.stringify(e)).not.toContain(reviewer.email);
  });

  it("names the release that retracted an event, and the reason, while still showing what was published", async () => {
    const e = await visitor.event.published({ id: ids.retracted });
    expect(e.title).toBe("Protest note");
    expect(e.retracted).toMatchObject({ reason: RETRACTION });
    // Another file may publish between the retraction and this file's second release.
    expect(e.retracted!.release).toBeGreaterThan(first);
    expect(e.retracted!.release).toBeLessThanOrEqual(second);
    expect(Math.max(...e.releases.map((r) => r.number))).toBeLessThan(e.retracted!.release);
  });

  it("does not show a revision that is still pending after the release", async () => {
    const e = await visitor.event.published({ id: ids.pending });
    expect(e).toMatchObject({ title: "Visit", revision: 1, history: [{ revision: 1 }] });
    expect(e.history).toHaveLength(1);
    const shown = JSON.stringify(e);
    for (const secret of [PENDING_TITLE, editor.email, REVIEW_COMMENT]) expect(shown).not.toContain(secret);
  });
});

// The editorial workflow through the API (product.md, Workflow): the status flow, pending
// revisions on approved events, refusals, retraction, stale decisions, and revisions as
// complete, immutable snapshots.
import type { RoleName, Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestActor, createTestDyad, createTestUser } from "@rti/db/testing";
import { dyadSlug, orderPair } from "@rti/engine";
import { describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createTestEvent, eventFields } from "../../testing";
import { createCallerFactory } from "../../trpc";

const db = getDb();
const api = (viewer: Viewer | null) => createCallerFactory(appRouter)({ db, viewer });

async function userWith(roles: RoleName[]): Promise<Viewer> {
  const user = await createTestUser(db, { roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}

/** What the public dashboard shows for the dyad (undefined: the dyad is not listed). */
async function publicView(slug: string) {
  return (await api(null).dyad.list()).find((d) => d.slug === slug);
}

async function eventRow(id: string) {
  return db.event.findUniqueOrThrow({ where: { id }, include: { head: true, approved: true } });
}

describe("status flow", () => {
  it("goes draft → in review → changes requested → new revision → in review → approved", async () => {
    const [editor, reviewer] = [await userWith(["editor"]), await userWith(["reviewer"])];
    const dyad = await createTestDyad(db);

    const created = await api(editor).event.create({ event: eventFields(dyad, { title: "First wording" }) });
    expect(created).toMatchObject({ status: "draft", headNumber: 1, approvedNumber: null, submittedAt: null });
    const id = created.id;

    const submitted = await api(editor).event.submit({ id, baseRevision: 1 });
    expect(submitted).toMatchObject({ status: "in_review", headNumber: 1 });
    expect(submitted.submittedAt).not.toBeNull();

    const sentBack = await api(reviewer).event.review({ id, revision: 1, decision: "request_changes", comment: "Add the wire report." });
    expect(sentBack).toMatchObject({ status: "changes_requested", headNumber: 1, approvedNumber: null });
    expect(sentBack.revisions[0]?.reviews).toMatchObject([
      { decision: "request_changes", comment: "Add the wire report.", reviewer: { id: reviewer.id } },
    ]);

    const edited = await api(editor).event.update({ id, baseRevision: 1, event: eventFields(dyad, { title: "Second wording" }) });
    expect(edited).toMatchObject({ status: "draft", headNumber: 2, approvedNumber: null, submittedAt: null });
    expect(edited.revisions.map((r) => [r.number, r.title])).toEqual([
      [1, "First wording"],
      [2, "Second wording"],
    ]);

    expect(await api(editor).event.submit({ id, baseRevision: 2 })).toMatchObject({ status: "in_review", headNumber: 2 });
    const approved = await api(reviewer).event.review({ id, revision: 2, decision: "approve", comment: "Checked." });
    expect(approved).toMatchObject({ status: "approved", headNumber: 2, approvedNumber: 2 });

    const row = await eventRow(id);
    expect(row.approved?.number).toBe(2);
    expect(row.head?.number).toBe(2);
    expect((await publicView(dyad.slug))?.latestEvent).toMatchObject({ id, title: "Second wording" });
  });

  it("ends a never-approved event at rejected, after which it cannot be edited, resubmitted or retracted", async () => {
    const [editor, reviewer] = [await userWith(["editor"]), await userWith(["reviewer"])];
    const { event, dyad } = await createTestEvent(db, { author: editor, state: "in_review" });

    const rejected = await api(reviewer).event.review({ id: event.id, revision: 1, decision: "reject", comment: "Not an event." });
    expect(rejected).toMatchObject({ status: "rejected", approvedNumber: null });
    expect(rejected.revisions[0]?.reviews.map((r) => r.decision)).toEqual(["reject"]);

    await expect(api(editor).event.update({ id: event.id, baseRevision: 1, event: eventFields(dyad) })).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
    });
    await expect(api(editor).event.submit({ id: event.id, baseRevision: 1 })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    await expect(api(reviewer).event.retract({ id: event.id, baseRevision: 1, reason: "Never mind." })).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
    });
    expect(await eventRow(event.id)).toMatchObject({ status: "rejected", headNumber: 1, approvedRevisionId: null });
    expect(await publicView(dyad.slug)).toBeUndefined();
  });

  it("refuses to submit an event that is already in review", async () => {
    const editor = await userWith(["editor"]);
    const { event } = await createTestEvent(db, { author: editor, state: "in_review" });
    const before = await eventRow(event.id);

    await expect(api(editor).event.submit({ id: event.id, baseRevision: 1 })).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
      message: expect.stringMatching(/in review/),
    });
    const after = await eventRow(event.id);
    expect(after.status).toBe("in_review");
    expect(after.submittedAt).toEqual(before.submittedAt);
  });

  it("refuses to edit an event while it is in review", async () => {
    const editor = await userWith(["editor"]);
    const { event, dyad } = await createTestEvent(db, { author: editor, state: "in_review" });

    await expect(
      api(editor).event.update({ id: event.id, baseRevision: 1, event: eventFields(dyad, { title: "Sneaky change" }) }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    expect(await eventRow(event.id)).toMatchObject({ status: "in_review", headNumber: 1 });
    expect(await db.eventRevision.count({ where: { eventId: event.id } })).toBe(1);
  });
});

describe("editing an approved event (pending changes)", () => {
  it("opens a pending revision while the approved one stays in force until the new one is approved", async () => {
    const [editor, reviewer] = [await userWith(["editor"]), await userWith(["reviewer"])];
    const { event, dyad } = await createTestEvent(db, { author: editor, state: "approved", fields: { title: "Approved wording" } });
    const approvedRevisionId = (await eventRow(event.id)).approvedRevisionId;
    expect(approvedRevisionId).not.toBeNull();

    const pending = await api(editor).event.update({
      id: event.id,
      baseRevision: 1,
      event: eventFields(dyad, { title: "Pending wording" }),
    });
    expect(pending).toMatchObject({ status: "draft", headNumber: 2, approvedNumber: 1 });
    let row = await eventRow(event.id);
    expect(row.approvedRevisionId).toBe(approvedRevisionId);
    expect(row.head?.title).toBe("Pending wording");
    expect(await publicView(dyad.slug)).toMatchObject({ eventCount: 1, latestEvent: { id: event.id, title: "Approved wording" } });

    await api(editor).event.submit({ id: event.id, baseRevision: 2 });
    expect((await eventRow(event.id)).approvedRevisionId).toBe(approvedRevisionId);
    expect((await publicView(dyad.slug))?.latestEvent?.title).toBe("Approved wording");

    const approved = await api(reviewer).event.review({ id: event.id, revision: 2, decision: "approve", comment: "Better." });
    expect(approved).toMatchObject({ status: "approved", headNumber: 2, approvedNumber: 2 });
    row = await eventRow(event.id);
    expect(row.approvedRevisionId).toBe(row.headRevisionId);
    expect(row.approvedRevisionId).not.toBe(approvedRevisionId);
    expect(await publicView(dyad.slug)).toMatchObject({ eventCount: 1, latestEvent: { id: event.id, title: "Pending wording" } });
  });

  it("keeps the approved revision in force when the pending one is rejected, and lets it be edited again", async () => {
    const [editor, reviewer] = [await userWith(["editor"]), await userWith(["reviewer"])];
    const { event, dyad } = await createTestEvent(db, { author: editor, state: "approved", fields: { title: "Approved wording" } });

    await api(editor).event.update({ id: event.id, baseRevision: 1, event: eventFields(dyad, { title: "Dubious wording" }) });
    await api(editor).event.submit({ id: event.id, baseRevision: 2 });
    const rejected = await api(reviewer).event.review({ id: event.id, revision: 2, decision: "reject", comment: "No." });

    expect(rejected).toMatchObject({ status: "rejected", headNumber: 2, approvedNumber: 1 });
    expect((await publicView(dyad.slug))?.latestEvent?.title).toBe("Approved wording");
    const again = await api(editor).event.update({ id: event.id, baseRevision: 2, event: eventFields(dyad, { title: "Third try" }) });
    expect(again).toMatchObject({ status: "draft", headNumber: 3, approvedNumber: 1 });
  });
});

describe("retraction", () => {
  it("needs a reason, sets the event retracted, takes it out of public view, and freezes it", async () => {
    const [editor, reviewer] = [await userWith(["editor"]), await userWith(["reviewer"])];
    const { event, dyad } = await createTestEvent(db, { author: editor, state: "approved" });
    expect(await publicView(dyad.slug)).toBeDefined();

    for (const reason of ["", "   "]) {
      await expect(api(reviewer).event.retract({ id: event.id, baseRevision: 1, reason })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect((await eventRow(event.id)).status).toBe("approved");

    const retracted = await api(reviewer).event.retract({ id: event.id, baseRevision: 1, reason: "The source withdrew the story." });
    expect(retracted).toMatchObject({ status: "retracted", retractionReason: "The source withdrew the story.", headNumber: 1 });
    expect(retracted.retractedAt).not.toBeNull();
    expect(await publicView(dyad.slug)).toBeUndefined();

    const refused = { code: "UNPROCESSABLE_CONTENT" };
    await expect(api(editor).event.update({ id: event.id, baseRevision: 1, event: eventFields(dyad) })).rejects.toMatchObject(refused);
    await expect(api(editor).event.submit({ id: event.id, baseRevision: 1 })).rejects.toMatchObject(refused);
    await expect(api(reviewer).event.review({ id: event.id, revision: 1, decision: "approve", comment: "Back" })).rejects.toMatchObject(refused);
    await expect(api(reviewer).event.retract({ id: event.id, baseRevision: 1, reason: "Twice over" })).rejects.toMatchObject(refused);
    expect(await eventRow(event.id)).toMatchObject({ status: "retracted", headNumber: 1, retractionReason: "The source withdrew the story." });
    expect(await db.eventRevision.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("refuses to retract an event that was never approved", async () => {
    const reviewer = await userWith(["reviewer"]);
    const { event } = await createTestEvent(db, { state: "draft" });
    await expect(api(reviewer).event.retract({ id: event.id, baseRevision: 1, reason: "Not needed" })).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
    });
    expect((await eventRow(event.id)).status).toBe("draft");
  });
});

describe("stale decisions", () => {
  it("refuses a review decision on a revision that is no longer the head, naming the current one", async () => {
    const [editor, reviewer] = [await userWith(["editor"]), await userWith(["reviewer"])];
    const { event, dyad } = await createTestEvent(db, { author: editor, state: "in_review" });
    await api(reviewer).event.review({ id: event.id, revision: 1, decision: "request_changes", comment: "Fix the date." });
    await api(editor).event.update({ id: event.id, baseRevision: 1, event: eventFields(dyad, { date: "2024-01-16" }) });
    await api(editor).event.submit({ id: event.id, baseRevision: 2 });

    const stale = api(reviewer).event.review({ id: event.id, revision: 1, decision: "approve", comment: "Looks fine." });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/\b2\b/) });
    expect(await eventRow(event.id)).toMatchObject({ status: "in_review", headNumber: 2, approvedRevisionId: null });
    expect(await db.review.count({ where: { revision: { eventId: event.id }, decision: "approve" } })).toBe(0);
  });
});

describe("revisions are complete snapshots", () => {
  it("stores every field of each edit in its own revision and leaves older revisions as they were", async () => {
    const [editor, reviewer] = [await userWith(["editor"]), await userWith(["reviewer"])];
    const dyad = await createTestDyad(db);
    const first = await api(editor).event.create({
      changeNote: "From the evening bulletin",
      event: {
        source: dyad.actorA,
        target: dyad.actorB,
        date: "2023-05-20",
        datePrecision: "month",
        code: "0311",
        intensity: 3.5,
        intensityReason: "Unusually concrete offer.",
        weight: 0.5,
        title: "Offer of economic cooperation",
        summary: "A first summary.",
        sources: [
          { url: "https://example.org/one", publisher: "Wire One", publishedAt: "2023-05-21", quote: "We offer help." },
          { url: "https://example.net/two" },
        ],
      },
    });
    await api(editor).event.submit({ id: first.id, baseRevision: 1 });
    await api(reviewer).event.review({ id: first.id, revision: 1, decision: "request_changes", comment: "Wrong direction." });
    const revisionOne = (await api(editor).event.get({ id: first.id })).revisions[0];

    // The second revision changes every field, including the actors (so the dyad) and sources.
    const third = await createTestActor(db);
    const second = await api(editor).event.update({
      id: first.id,
      baseRevision: 1,
      changeNote: "Reversed direction",
      event: {
        source: dyad.actorB,
        target: third.code,
        date: "2023-06-02",
        code: "173",
        title: "Arrest of a national",
        sources: [{ url: "https://example.com/three", publisher: "Daily Three", quote: "Police detained…" }],
      },
    });

    const cameo173 = await db.cameoCode.findUniqueOrThrow({ where: { code: "173" } });
    const [a, b] = orderPair(dyad.actorB, third.code);
    expect(second.dyad.slug).toBe(dyadSlug(a, b));
    expect(second.revisions).toHaveLength(2);
    expect(second.revisions[1]).toEqual({
      id: expect.any(String),
      number: 2,
      author: { id: editor.id, name: editor.name },
      createdAt: expect.any(String),
      changeNote: "Reversed direction",
      source: { code: dyad.b.code, name: dyad.b.name },
      target: { code: third.code, name: third.name },
      date: "2023-06-02",
      datePrecision: "day",
      code: "173",
      codeName: cameo173.name,
      goldstein: cameo173.goldstein.toNumber(),
      intensity: cameo173.goldstein.toNumber(),
      intensityReason: null,
      weight: 1,
      title: "Arrest of a national",
      summary: null,
      sources: [{ url: "https://example.com/three", publisher: "Daily Three", publishedAt: null, quote: "Police detained…" }],
      reviews: [],
    });

    // Revision 1 is exactly what it was, down to its sources and its review.
    expect(second.revisions[0]).toEqual(revisionOne);
    expect(revisionOne).toMatchObject({
      number: 1,
      changeNote: "From the evening bulletin",
      source: { code: dyad.actorA },
      target: { code: dyad.actorB },
      date: "2023-05-01",
      datePrecision: "month",
      code: "0311",
      intensity: 3.5,
      intensityReason: "Unusually concrete offer.",
      weight: 0.5,
      title: "Offer of economic cooperation",
      summary: "A first summary.",
      sources: [
        { url: "https://example.org/one", publisher: "Wire One", publishedAt: "2023-05-21", quote: "We offer help." },
        { url: "https://example.net/two", publisher: null, publishedAt: null, quote: null },
      ],
      reviews: [{ decision: "request_changes", comment: "Wrong direction." }],
    });

    // The same, read straight from the tables rather than through the API's mapping.
    const rows = await db.eventRevision.findMany({
      where: { eventId: first.id },
      orderBy: { number: "asc" },
      include: { sources: { orderBy: { position: "asc" } } },
    });
    expect(rows.map((r) => [r.number, r.sourceActor, r.targetActor, r.title, r.sources.map((s) => s.url)])).toEqual([
      [1, dyad.actorA, dyad.actorB, "Offer of economic cooperation", ["https://example.org/one", "https://example.net/two"]],
      [2, dyad.actorB, third.code, "Arrest of a national", ["https://example.com/three"]],
    ]);
    const event = await eventRow(first.id);
    expect(event.headRevisionId).toBe(rows[1]?.id);
    expect(event.title).toBe("Arrest of a national");
    expect(event.cameoCode).toBe("173");
  });
});

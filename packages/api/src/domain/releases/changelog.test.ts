// The changelog of a release against the previous published one (product.md, Release): events
// added, changed (from → to revision, with the change note), retracted (with the reason) and
// removed; per dyad whether it is new, changed, unchanged or dropped, and the day it moved most.
// Only approved revisions count: a pending edit of an approved event leaves the approved one in
// force (product.md, Workflow).
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { dayNumber } from "@rti/engine";
import { expect, it } from "vitest";
import { createTestEvent, eventFields } from "../../testing";
import type { EventFieldsInput } from "../../schemas/event";
import { addDays, publishPatiently, storedPoints, storedValueOn, testViewer, today } from "../../testing/releases";
import { decideOnRevision, retractEvent, reviseEvent, submitEvent } from "../events/workflow";
import { changelogSchema, type Changelog } from "./changelog";
import { discardDraft, draftRelease } from "./workflow";

const db = getDb();
const AS_OF = today();
const day = (n: number) => addDays(AS_OF, n);
const [E1, Y1, E2, E3, E5, E4] = [day(-290), day(-270), day(-240), day(-180), day(-150), day(-100)];
const input = { asOf: AS_OF, methodologyVersion: 1, notes: "Changelog test release." };

type Dyad = Awaited<ReturnType<typeof createTestDyad>>;

/**
 * Release A with this test's events, then edits, then draft B. Returns null when another test
 * file published between A and B (B then compares against that release, not A), so the caller
 * can run the scenario again on fresh events.
 */
async function scenario(publisher: Viewer, editor: Viewer, reviewer: Viewer) {
  const [x, y] = [await createTestDyad(db), await createTestDyad(db)];
  const approved = async (dyad: Dyad, fields: Partial<EventFieldsInput>) =>
    (await createTestEvent(db, { author: editor, dyad, state: "approved", fields })).event.id;
  const e1 = await approved(x, { date: E1, code: "161", title: "e1 as approved" });
  const e2 = await approved(x, { date: E2, code: "057", title: "e2 as first approved" });
  const e3 = await approved(x, { date: E3, code: "111", title: "e3, later retracted" });
  const e5 = await approved(x, { date: E5, code: "042", title: "e5, later moved past the cut-off" });
  const y1 = await approved(y, { date: Y1, code: "173", title: "y1, the dyad's only event" });
  const A = await publishPatiently(db, publisher, input);

  // e1: an edit that is waiting for review. e2: an edit that was approved.
  await reviseEvent(db, editor, { id: e1, baseRevision: 1, event: eventFields(x, { date: E1, code: "190", title: "e1 pending edit" }) });
  await submitEvent(db, editor, { id: e1, baseRevision: 2 });
  const changeNote = "Corrected: the talks collapsed; no agreement was signed.";
  await reviseEvent(db, editor, { id: e2, baseRevision: 1, event: eventFields(x, { date: E2, code: "120", title: "e2 corrected" }), changeNote });
  await submitEvent(db, editor, { id: e2, baseRevision: 2 });
  await decideOnRevision(db, reviewer, { id: e2, revision: 2, decision: "approve", comment: "Checked." });
  const reason = "The only source withdrew its report.";
  await retractEvent(db, reviewer, { id: e3, baseRevision: 1, reason });
  await retractEvent(db, reviewer, { id: y1, baseRevision: 1, reason: "Duplicate of another event." });
  await reviseEvent(db, editor, { id: e5, baseRevision: 1, event: eventFields(x, { date: day(1), code: "042", title: "e5 redated" }), changeNote: "Redated." });
  await submitEvent(db, editor, { id: e5, baseRevision: 2 });
  await decideOnRevision(db, reviewer, { id: e5, revision: 2, decision: "approve", comment: "Checked." });
  const e4 = await approved(x, { date: E4, code: "036", title: "e4, new" });

  const B = await draftRelease(db, publisher, input);
  const changelog = changelogSchema.parse((await db.release.findUniqueOrThrow({ where: { id: B } })).changelog);
  if (changelog.previous?.id !== A.id) {
    await discardDraft(db, publisher, { id: B });
    return null;
  }
  return { A: A.id, B, changelog, x, y, ids: { e1, e2, e3, e4, e5, y1 }, changeNote, reason };
}

it("lists what changed since the previous release, event by event and dyad by dyad, using approved revisions only", async () => {
  const [publisher, editor, reviewer] = [await testViewer(db, ["publisher"]), await testViewer(db, ["editor"]), await testViewer(db, ["reviewer"])];
  let run: Awaited<ReturnType<typeof scenario>> = null;
  for (let attempt = 1; attempt <= 5 && !run; attempt++) run = await scenario(publisher, editor, reviewer);
  if (!run) throw new Error("Another test file published between release A and draft B every time; the changelog could not be checked against A.");
  const { A, B, changelog, x, y, ids, changeNote, reason } = run;

  try {
    // Release A has revision 1 of all of them.
    const inA = await db.releaseEvent.findMany({ where: { releaseId: A, eventId: { in: Object.values(ids) } }, include: { revision: true } });
    expect(Object.fromEntries(inA.map((r) => [r.eventId, r.revision.number]))).toEqual({ [ids.e1]: 1, [ids.e2]: 1, [ids.e3]: 1, [ids.e5]: 1, [ids.y1]: 1 });

    const mine = <T extends { eventId: string }>(xs: T[]) => xs.filter((e) => Object.values(ids).includes(e.eventId));
    expect(mine(changelog.added)).toEqual([{ eventId: ids.e4, revision: 1, title: "e4, new", dyad: x.slug, date: E4 }]);
    expect(mine(changelog.changed)).toEqual([
      { eventId: ids.e2, fromRevision: 1, toRevision: 2, changeNote, title: "e2 corrected", dyad: x.slug, date: E2 },
    ]);
    const retractedAt = async (id: string) => (await db.event.findUniqueOrThrow({ where: { id } })).retractedAt!.toISOString();
    expect(mine(changelog.retracted)).toEqual([
      { eventId: ids.y1, reason: "Duplicate of another event.", retractedAt: await retractedAt(ids.y1), title: "y1, the dyad's only event", dyad: y.slug, date: Y1 },
      { eventId: ids.e3, reason, retractedAt: await retractedAt(ids.e3), title: "e3, later retracted", dyad: x.slug, date: E3 },
    ]);
    expect(mine(changelog.removed)).toEqual([{ eventId: ids.e5, title: "e5, later moved past the cut-off", dyad: x.slug, date: E5 }]);

    // The pending edit of e1 is not used: B has e1's approved revision 1 and its intensity.
    const inB = await db.releaseEvent.findMany({ where: { releaseId: B, eventId: { in: Object.values(ids) } }, include: { revision: true } });
    expect(Object.fromEntries(inB.map((r) => [r.eventId, [r.revision.number, r.intensity]]))).toEqual({
      [ids.e1]: [1, -4],
      [ids.e2]: [2, -4],
      [ids.e4]: [1, 4],
    });

    // Dyad y lost its only event: dropped. Dyad x moved; the largest move is the stored difference.
    const dyadEntry = (slug: string) => changelog.dyads.filter((d) => d.dyad === slug);
    expect(dyadEntry(y.slug)).toEqual([{ dyad: y.slug, status: "dropped", value: null, largestChange: null }]);
    const [entry, ...more] = dyadEntry(x.slug);
    expect(more).toEqual([]);
    const summaryB = await db.releaseDyad.findUniqueOrThrow({ where: { releaseId_dyadId: { releaseId: B, dyadId: x.id } } });
    expect(entry).toMatchObject({ status: "changed", value: summaryB.value });
    const change = entry!.largestChange!;
    const [before, after] = [await storedPoints(db, A, x.id), await storedPoints(db, B, x.id)];
    const day = dayNumber(change.day);
    expect(change.before).toBe(storedValueOn(before, day));
    expect(change.after).toBe(storedValueOn(after, day));
    expect(change.delta).toBe(change.after - change.before);
    // ...and no other day both releases cover moved further.
    const first = Math.min(before[0]!.day, after[0]!.day);
    const last = Math.min(before.at(-1)!.day, after.at(-1)!.day);
    let largest = 0;
    for (let d = first; d <= last; d++) largest = Math.max(largest, Math.abs(storedValueOn(after, d) - storedValueOn(before, d)));
    expect(Math.abs(change.delta)).toBe(largest);
    // e2's correction (+8 → −4) is the biggest change, and it raised the index.
    expect(change.delta).toBeGreaterThan(0);
  } finally {
    await discardDraft(db, publisher, { id: B });
  }
}, 120_000);

it("marks a dyad new in its first release and unchanged when nothing about it changed", async () => {
  const publisher = await testViewer(db, ["publisher"]);
  const dyad = await createTestDyad(db);
  await createTestEvent(db, { dyad, state: "approved", fields: { date: day(-40), code: "111" } });
  for (let attempt = 1; attempt <= 5; attempt++) {
    const A = await publishPatiently(db, publisher, input);
    const changelogA = (await db.release.findUniqueOrThrow({ where: { id: A.id } })).changelog as Changelog;
    const inA = changelogA.dyads.filter((d) => d.dyad === dyad.slug);
    // New, unless the release before A (another file's) already had the event.
    const before = changelogA.previous ? await db.releaseDyad.count({ where: { releaseId: changelogA.previous.id, dyadId: dyad.id } }) : 0;
    expect(inA).toEqual([{ dyad: dyad.slug, status: before ? "unchanged" : "new", value: expect.any(Number), largestChange: null }]);

    const B = await draftRelease(db, publisher, input);
    try {
      const changelog = (await db.release.findUniqueOrThrow({ where: { id: B } })).changelog as Changelog;
      if (changelog.previous?.id !== A.id) continue;
      expect(changelog.dyads.filter((d) => d.dyad === dyad.slug)).toEqual([
        { dyad: dyad.slug, status: "unchanged", value: (await db.releaseDyad.findUniqueOrThrow({ where: { releaseId_dyadId: { releaseId: B, dyadId: dyad.id } } })).value, largestChange: null },
      ]);
      return;
    } finally {
      await discardDraft(db, publisher, { id: B });
    }
  }
  throw new Error("Another test file published between A and B every time.");
}, 120_000);

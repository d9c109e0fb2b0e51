// Four eyes (product.md, Core concepts): nobody decides on a revision they authored. The API
// refuses and audits the attempt; the database refuses it even to direct SQL.
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { describe, expect, it } from "vitest";
import { REVIEW_DECISIONS } from "../../schemas/event";
import { appRouter } from "../../root";
import { createTestEvent, eventFields } from "../../testing";
import { createCallerFactory } from "../../trpc";
import { sqlState } from "../database-errors";

const db = getDb();
const api = (viewer: Viewer) => createCallerFactory(appRouter)({ db, viewer });

/** Someone who may both write and review, which is exactly when four eyes matters. */
async function editorAndReviewer(): Promise<Viewer> {
  const user = await createTestUser(db, { roles: ["editor", "reviewer"] });
  return { id: user.id, name: user.name, email: user.email, roles: ["editor", "reviewer"] };
}

describe("four eyes in the API", () => {
  it("refuses every decision on one's own revision, audits each refusal, and lets another reviewer decide", async () => {
    const author = await editorAndReviewer();
    const { event } = await createTestEvent(db, { author, state: "in_review" });

    for (const decision of REVIEW_DECISIONS) {
      await expect(api(author).event.review({ id: event.id, revision: 1, decision, comment: "Mine, and fine." })).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: expect.stringMatching(/four eyes/),
      });
    }

    const row = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row).toMatchObject({ status: "in_review", approvedRevisionId: null });
    expect(await db.review.count({ where: { revision: { eventId: event.id } } })).toBe(0);

    const audit = await db.auditLog.findMany({ where: { entityType: "event", entityId: event.id }, orderBy: { id: "asc" } });
    const refusals = audit.filter((e) => e.action === "event.review.refused");
    expect(refusals.map((e) => [e.actorId, e.actorEmail, (e.meta as { decision?: string }).decision])).toEqual(
      REVIEW_DECISIONS.map((decision) => [author.id, author.email, decision]),
    );
    expect(audit.some((e) => e.action.startsWith("event.review.") && e.action !== "event.review.refused")).toBe(false);

    const other = await editorAndReviewer();
    const approved = await api(other).event.review({ id: event.id, revision: 1, decision: "approve", comment: "Checked." });
    expect(approved).toMatchObject({ status: "approved", approvedNumber: 1 });
  });

  it("refuses the author of the head revision even when someone else wrote the event's first revision", async () => {
    const [first, second] = [await editorAndReviewer(), await editorAndReviewer()];
    const { event, dyad } = await createTestEvent(db, { author: first, state: "approved" });
    await api(second).event.update({ id: event.id, baseRevision: 1, event: eventFields(dyad, { title: "Second's wording" }) });
    await api(second).event.submit({ id: event.id, baseRevision: 2 });

    await expect(api(second).event.review({ id: event.id, revision: 2, decision: "approve", comment: "Fine" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // The first author did not write revision 2, so they may decide on it.
    expect(await api(first).event.review({ id: event.id, revision: 2, decision: "approve", comment: "Fine" })).toMatchObject({
      approvedNumber: 2,
    });
  });
});

describe("four eyes in the database", () => {
  /** A direct INSERT of a review, as a script or a buggy code path might do it. */
  function insertReview(revisionId: string, reviewerId: string) {
    return db.$executeRaw`
      INSERT INTO "review" ("id", "revisionId", "reviewerId", "decision", "comment")
      VALUES (gen_random_uuid(), ${revisionId}::uuid, ${reviewerId}, 'approve'::"ReviewDecision", 'direct SQL')`;
  }

  it("refuses a review row whose reviewer authored the revision", async () => {
    const author = await editorAndReviewer();
    const { event } = await createTestEvent(db, { author, state: "in_review" });
    const revision = await db.eventRevision.findUniqueOrThrow({ where: { eventId_number: { eventId: event.id, number: 1 } } });
    expect(revision.authorId).toBe(author.id);

    const error = await insertReview(revision.id, author.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, "the database accepted a self-review").not.toBeNull();
    expect(sqlState(error)).toBe("23514");
    expect(String((error as Error).message)).toMatch(/four eyes/);
    expect(await db.review.count({ where: { revisionId: revision.id } })).toBe(0);

    // The same statement by someone else goes in, so it was the trigger that refused the first.
    const other = await createTestUser(db, { roles: ["reviewer"] });
    expect(await insertReview(revision.id, other.id)).toBe(1);
    expect(await db.review.count({ where: { revisionId: revision.id } })).toBe(1);
  });
});

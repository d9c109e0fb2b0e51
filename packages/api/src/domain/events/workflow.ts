// The editorial workflow (product.md, Workflow): every write names the head revision it was
// based on, is checked against the event's state under a row lock, and leaves an audit entry
// in the same transaction.
import type { Db, EventStatus, Prisma } from "@rti/db";
import { DomainError } from "../../errors";
import type { EventFields } from "../../schemas/event";
import { writeAudit } from "../audit";

/** Someone signed in doing the work (a Viewer, or a demo or test user). */
export interface Author {
  id: string;
  email: string;
}
import { eventDetailInclude, toEventDetail, type EventDetail } from "./dto";
import { headCopies, insertRevision, resolveFields } from "./fields";

type Tx = Prisma.TransactionClient;

/** States in which each action may start; an approved or rejected event accepts a new pending revision. */
const ALLOWED = {
  edit: ["draft", "changes_requested", "approved", "rejected"],
  submit: ["draft", "changes_requested"],
  review: ["in_review"],
  retract: ["approved", "draft", "in_review", "changes_requested", "rejected"],
} as const satisfies Record<string, readonly EventStatus[]>;
type Action = keyof typeof ALLOWED;

const REFUSAL: Record<Action, string> = {
  edit: "This event cannot be edited now",
  submit: "Only drafts and events sent back for changes can be submitted",
  review: "Only events in review can be decided on",
  retract: "Only events with an approved revision can be retracted",
};

export async function loadEventDetail(db: Db | Tx, id: string): Promise<EventDetail> {
  const event = await db.event.findUnique({ where: { id }, include: eventDetailInclude });
  if (!event) throw new DomainError("NOT_FOUND", "There is no event with this id.");
  return toEventDetail(event);
}

/**
 * Locks the event row and checks it is still at `base` and in a state that allows `action`.
 * A stale base is a conflict that tells the caller which revision is current.
 */
async function claim(tx: Tx, id: string, base: number, action: Action) {
  const rows = await tx.$queryRaw<{ headNumber: number; status: EventStatus; approvedRevisionId: string | null }[]>`
    SELECT "headNumber", "status", "approvedRevisionId" FROM "event" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const event = rows[0];
  if (!event) throw new DomainError("NOT_FOUND", "There is no event with this id.");
  if (event.headNumber !== base) {
    throw new DomainError(
      "CONFLICT",
      `Someone changed this event since you opened it: you worked on revision ${base}, the current one is ${event.headNumber}. Review their change and redo yours on it.`,
      { details: { currentRevision: event.headNumber, yourRevision: base } },
    );
  }
  const allowed = (ALLOWED[action] as readonly EventStatus[]).includes(event.status);
  const rejectedWithoutApproval = event.status === "rejected" && !event.approvedRevisionId;
  const retractWithoutApproval = action === "retract" && !event.approvedRevisionId;
  if (!allowed || (action === "edit" && rejectedWithoutApproval) || retractWithoutApproval) {
    throw new DomainError("UNPROCESSABLE", `${REFUSAL[action]} (it is ${event.status.replace("_", " ")}).`, {
      details: { status: event.status },
    });
  }
  return event;
}

const summary = (e: { status: EventStatus; headNumber: number }) => ({ status: e.status, revision: e.headNumber });

export async function createEvent(db: Db, actor: Author, input: { event: EventFields; changeNote?: string }) {
  const id = await db.$transaction(async (tx) => {
    const fields = await resolveFields(tx, input.event);
    const event = await tx.event.create({ data: { ...headCopies(fields, actor.id), createdById: actor.id, status: "draft", headNumber: 1 } });
    const revision = await insertRevision(tx, { eventId: event.id, number: 1, authorId: actor.id, changeNote: input.changeNote, fields });
    await tx.event.update({ where: { id: event.id }, data: { headRevisionId: revision.id } });
    await writeAudit(tx, { actor, action: "event.create", entityType: "event", entityId: event.id, after: { status: "draft", revision: 1, fields } });
    return event.id;
  });
  return loadEventDetail(db, id);
}

export async function reviseEvent(
  db: Db,
  actor: Author,
  input: { id: string; baseRevision: number; event: EventFields; changeNote?: string },
) {
  await db.$transaction(async (tx) => {
    const before = await claim(tx, input.id, input.baseRevision, "edit");
    const fields = await resolveFields(tx, input.event);
    const number = input.baseRevision + 1;
    const revision = await insertRevision(tx, { eventId: input.id, number, authorId: actor.id, changeNote: input.changeNote, fields });
    await tx.event.update({
      where: { id: input.id },
      data: { ...headCopies(fields, actor.id), headNumber: number, headRevisionId: revision.id, status: "draft", submittedAt: null },
    });
    await writeAudit(tx, {
      actor,
      action: "event.revise",
      entityType: "event",
      entityId: input.id,
      before: summary(before),
      after: { status: "draft", revision: number, fields },
    });
  });
  return loadEventDetail(db, input.id);
}

export async function submitEvent(db: Db, actor: Author, input: { id: string; baseRevision: number }) {
  await db.$transaction(async (tx) => {
    const before = await claim(tx, input.id, input.baseRevision, "submit");
    await tx.event.update({ where: { id: input.id }, data: { status: "in_review", submittedAt: new Date() } });
    await writeAudit(tx, {
      actor,
      action: "event.submit",
      entityType: "event",
      entityId: input.id,
      before: summary(before),
      after: { status: "in_review", revision: before.headNumber },
    });
  });
  return loadEventDetail(db, input.id);
}

const OUTCOME = { approve: "approved", request_changes: "changes_requested", reject: "rejected" } as const;

export async function decideOnRevision(
  db: Db,
  actor: Author,
  input: { id: string; revision: number; decision: keyof typeof OUTCOME; comment: string },
) {
  try {
    await db.$transaction(async (tx) => {
      const before = await claim(tx, input.id, input.revision, "review");
      const head = await tx.eventRevision.findUniqueOrThrow({ where: { eventId_number: { eventId: input.id, number: input.revision } } });
      if (head.authorId === actor.id) {
        throw new DomainError("FORBIDDEN", "You wrote this revision, so another reviewer must decide on it (four eyes).");
      }
      await tx.review.create({ data: { revisionId: head.id, reviewerId: actor.id, decision: input.decision, comment: input.comment } });
      const status = OUTCOME[input.decision];
      await tx.event.update({
        where: { id: input.id },
        data: { status, ...(input.decision === "approve" ? { approvedRevisionId: head.id } : {}) },
      });
      await writeAudit(tx, {
        actor,
        action: `event.review.${input.decision}`,
        entityType: "event",
        entityId: input.id,
        before: summary(before),
        after: { status, revision: input.revision, comment: input.comment },
      });
    });
  } catch (error) {
    // The refusal is recorded after the rollback, so it survives it.
    if (error instanceof DomainError && error.domainCode === "FORBIDDEN") {
      await writeAudit(db, {
        actor,
        action: "event.review.refused",
        entityType: "event",
        entityId: input.id,
        meta: { revision: input.revision, decision: input.decision, reason: "four eyes" },
      });
    }
    throw error;
  }
  return loadEventDetail(db, input.id);
}

export async function retractEvent(db: Db, actor: Author, input: { id: string; baseRevision: number; reason: string }) {
  await db.$transaction(async (tx) => {
    const before = await claim(tx, input.id, input.baseRevision, "retract");
    await tx.event.update({ where: { id: input.id }, data: { status: "retracted", retractedAt: new Date(), retractionReason: input.reason } });
    await writeAudit(tx, {
      actor,
      action: "event.retract",
      entityType: "event",
      entityId: input.id,
      before: summary(before),
      after: { status: "retracted", reason: input.reason },
    });
  });
  return loadEventDetail(db, input.id);
}

export async function commentOnEvent(db: Db, actor: Author, input: { id: string; body: string }) {
  await db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: input.id }, select: { headRevisionId: true } });
    if (!event) throw new DomainError("NOT_FOUND", "There is no event with this id.");
    const comment = await tx.eventComment.create({
      data: { eventId: input.id, revisionId: event.headRevisionId, authorId: actor.id, body: input.body },
    });
    await writeAudit(tx, { actor, action: "event.comment", entityType: "event", entityId: input.id, after: { commentId: comment.id, body: input.body } });
  });
  return loadEventDetail(db, input.id);
}

// An admin approves a whole import at once: every draft it made gets an approving review by the
// admin and becomes approved, with one audit entry per event, as if each had been reviewed on
// its own. Four eyes: the uploader wrote those revisions, so the uploader may not approve them.
import { withPgTransaction, writeAuditSql, type Db } from "@rti/db";
import { DomainError } from "../../errors";
import { writeAudit } from "../audit";
import type { Author } from "../events/workflow";

const APPROVE_ALL = `
WITH target AS (
  SELECT e."id", e."headRevisionId", e."headNumber"
  FROM "event" e JOIN "event_revision" r ON r."id" = e."headRevisionId"
  WHERE e."importJobId" = $1::uuid AND e."status" = 'draft' AND r."authorId" <> $2
  FOR UPDATE OF e
), reviews AS (
  INSERT INTO "review" ("id", "revisionId", "reviewerId", "decision", "comment")
  SELECT gen_random_uuid(), "headRevisionId", $2, 'approve', $3 FROM target
), approved AS (
  UPDATE "event" e SET "status" = 'approved', "approvedRevisionId" = t."headRevisionId", "submittedAt" = coalesce(e."submittedAt", now()), "updatedAt" = now()
  FROM target t WHERE e."id" = t."id"
  RETURNING e."id", e."headNumber"
), audit AS (
  INSERT INTO "audit_log" ("actorId", "actorEmail", "action", "entityType", "entityId", "before", "after", "meta")
  SELECT $2, $4, 'event.review.approve', 'event', a."id"::text,
         jsonb_build_object('status', 'draft', 'revision', a."headNumber"),
         jsonb_build_object('status', 'approved', 'revision', a."headNumber", 'comment', $3::text),
         jsonb_build_object('importJobId', $1::text)
  FROM approved a
  RETURNING 1
)
SELECT count(*)::int AS "approved" FROM audit`;

export interface ApproveAllResult {
  approved: number;
  /** Drafts of the import whose latest revision the admin wrote: another reviewer must decide on them. */
  leftForOthers: number;
}

export async function approveImport(db: Db, actor: Author, input: { id: string; comment?: string }): Promise<ApproveAllResult> {
  const job = await db.importJob.findUnique({ where: { id: input.id }, select: { status: true, createdById: true, fileName: true } });
  if (!job) throw new DomainError("NOT_FOUND", "There is no import with this id.");
  if (job.status !== "done") {
    throw new DomainError("UNPROCESSABLE", `Only a finished import can be approved (this one is ${job.status}).`, { details: { status: job.status } });
  }
  if (job.createdById === actor.id) {
    await writeAudit(db, { actor, action: "import.approve.refused", entityType: "import", entityId: input.id, meta: { reason: "four eyes" } });
    throw new DomainError("FORBIDDEN", "You uploaded this import, so another admin must approve it (four eyes).");
  }
  const comment = input.comment?.trim() || `Approved with the whole import of ${job.fileName}.`;
  return withPgTransaction(db, async (client) => {
    const { rows } = await client.query<{ approved: number }>(APPROVE_ALL, [input.id, actor.id, comment, actor.email]);
    const approved = rows[0]!.approved;
    const left = await client.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "event" WHERE "importJobId" = $1::uuid AND "status" = 'draft'`, [input.id]);
    const leftForOthers = left.rows[0]!.n;
    await writeAuditSql(client, { actor, action: "import.approve", entityType: "import", entityId: input.id, after: { approved, leftForOthers, comment } });
    return { approved, leftForOthers };
  });
}

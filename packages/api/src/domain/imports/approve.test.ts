// Approving a whole import: each draft gets an approving review and an audit entry of its own,
// the uploader may not approve it (four eyes), and drafts the approver last wrote are left.
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { testViewer } from "../../testing/releases";
import { reviseEvent } from "../events/workflow";
import { eventFields } from "../../testing/factories";
import { approveImport } from "./approve";
import { getImport } from "./jobs";
import { importWhole, templateFile, upload } from "./test-files";

const db = getDb();
let uploader: Viewer;
let admin: Viewer;
beforeAll(async () => {
  [uploader, admin] = [await testViewer(db, ["editor", "admin"]), await testViewer(db, ["editor", "admin"])];
});

describe("approving a whole import", () => {
  it("approves every draft, each with a review by the admin and one audit entry per event", async () => {
    const dyad = await createTestDyad(db);
    const job = await importWhole(db, uploader, "csv", templateFile(dyad, 5, ["only,two"]));
    expect(job.drafts).toBe(5);

    // The admin rewrites one draft first: that one needs another reviewer.
    const rewritten = await db.event.findFirstOrThrow({ where: { importJobId: job.id }, orderBy: { externalId: "asc" } });
    await reviseEvent(db, admin, { id: rewritten.id, baseRevision: 1, event: eventFields(dyad, { title: "Rewritten by the admin" }) });

    const result = await approveImport(db, admin, { id: job.id });
    expect(result).toEqual({ approved: 4, leftForOthers: 1 });
    const events = await db.event.findMany({
      where: { importJobId: job.id },
      include: { approved: { include: { reviews: true } } },
    });
    const approved = events.filter((e) => e.status === "approved");
    expect(approved).toHaveLength(4);
    for (const event of approved) {
      expect(event.approvedRevisionId).toBe(event.headRevisionId);
      expect(event.approved!.reviews).toEqual([
        expect.objectContaining({ reviewerId: admin.id, decision: "approve", comment: `Approved with the whole import of ${job.fileName}.` }),
      ]);
    }
    expect(events.find((e) => e.id === rewritten.id)!.status).toBe("draft");

    const entries = await db.auditLog.findMany({ where: { action: "event.review.approve", entityId: { in: events.map((e) => e.id) } } });
    expect(entries.map((e) => e.entityId).sort()).toEqual(approved.map((e) => e.id).sort());
    expect(entries[0]).toMatchObject({ actorId: admin.id, before: { status: "draft", revision: 1 }, after: { status: "approved", revision: 1 }, meta: { importJobId: job.id } });
    expect(await db.auditLog.count({ where: { action: "import.approve", entityId: job.id } })).toBe(1);
    expect((await getImport(db, job.id)).drafts).toBe(1);
  });

  it("refuses the admin who uploaded the import (four eyes), and records the refusal", async () => {
    const job = await importWhole(db, uploader, "csv", templateFile(await createTestDyad(db), 2));
    const error = await approveImport(db, uploader, { id: job.id, comment: "Mine, checked." }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).domainCode).toBe("FORBIDDEN");
    expect(await db.event.count({ where: { importJobId: job.id, status: "draft" } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "import.approve.refused", entityId: job.id, actorId: uploader.id } })).toBe(1);
  });

  it("refuses an import that has not finished", async () => {
    const job = await upload(db, uploader, "csv", templateFile(await createTestDyad(db), 2));
    await expect(approveImport(db, admin, { id: job.id })).rejects.toThrow("Only a finished import can be approved (this one is previewing).");
  });
});

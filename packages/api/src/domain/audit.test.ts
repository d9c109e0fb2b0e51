// The audit trail (product.md, Workflow): every write leaves exactly one entry (who, what, when,
// before/after) in the same transaction as the change; refused authorisation is recorded; and
// the database keeps the trail, revisions and reviews append-only even to direct SQL.
import type { RoleName, Viewer } from "@rti/auth";
import { getDb, type AuditLog, type Db } from "@rti/db";
import { createTestActor, createTestDyad, createTestUser } from "@rti/db/testing";
import { dyadSlug, orderPair } from "@rti/engine";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { appRouter } from "../root";
import { createTestEvent, eventFields } from "../testing";
import { createCallerFactory } from "../trpc";
import { sqlState } from "./database-errors";
import { createEvent } from "./events/workflow";

const db = getDb();
const api = (viewer: Viewer | null) => createCallerFactory(appRouter)({ db, viewer });

async function userWith(roles: RoleName[]): Promise<Viewer> {
  const user = await createTestUser(db, { roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}

const entriesFor = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });

/** Runs a write and returns the one audit entry it added for the entity (failing if it added none or several). */
async function onlyNewEntry(entityId: string, write: () => Promise<unknown>): Promise<AuditLog> {
  const before = await entriesFor(entityId);
  await write();
  const added = (await entriesFor(entityId)).slice(before.length);
  expect(added.map((e) => e.action)).toHaveLength(1);
  return added[0]!;
}

const by = (viewer: Viewer) => ({ actorId: viewer.id, actorEmail: viewer.email });

describe("every write leaves exactly one audit entry", () => {
  it("for each step of an event's life: create, revise, submit, each decision, comment, retract", async () => {
    const [editor, reviewer] = [await userWith(["editor"]), await userWith(["reviewer"])];
    const dyad = await createTestDyad(db);
    let id = "";

    const create = await (async () => {
      const before = await db.auditLog.count({ where: { actorId: editor.id } });
      id = (await api(editor).event.create({ event: eventFields(dyad, { title: "Audited v1" }) })).id;
      expect(await db.auditLog.count({ where: { actorId: editor.id } })).toBe(before + 1);
      return (await entriesFor(id))[0]!;
    })();
    expect(create).toMatchObject({ ...by(editor), action: "event.create", entityType: "event", entityId: id, before: null });
    expect(create.after).toMatchObject({ status: "draft", revision: 1, fields: { title: "Audited v1", cameoCode: "041" } });
    expect(create.at).toBeInstanceOf(Date);

    const submit = await onlyNewEntry(id, () => api(editor).event.submit({ id, baseRevision: 1 }));
    expect(submit).toMatchObject({
      ...by(editor),
      action: "event.submit",
      entityType: "event",
      before: { status: "draft", revision: 1 },
      after: { status: "in_review", revision: 1 },
    });

    const sendBack = await onlyNewEntry(id, () =>
      api(reviewer).event.review({ id, revision: 1, decision: "request_changes", comment: "Needs a source." }),
    );
    expect(sendBack).toMatchObject({
      ...by(reviewer),
      action: "event.review.request_changes",
      before: { status: "in_review", revision: 1 },
      after: { status: "changes_requested", revision: 1, comment: "Needs a source." },
    });

    const revise = await onlyNewEntry(id, () =>
      api(editor).event.update({ id, baseRevision: 1, event: eventFields(dyad, { title: "Audited v2" }) }),
    );
    expect(revise).toMatchObject({
      ...by(editor),
      action: "event.revise",
      before: { status: "changes_requested", revision: 1 },
      after: { status: "draft", revision: 2, fields: { title: "Audited v2" } },
    });

    await onlyNewEntry(id, () => api(editor).event.submit({ id, baseRevision: 2 }));
    const approve = await onlyNewEntry(id, () => api(reviewer).event.review({ id, revision: 2, decision: "approve", comment: "Good." }));
    expect(approve).toMatchObject({
      ...by(reviewer),
      action: "event.review.approve",
      before: { status: "in_review", revision: 2 },
      after: { status: "approved", revision: 2, comment: "Good." },
    });

    await onlyNewEntry(id, () => api(editor).event.update({ id, baseRevision: 2, event: eventFields(dyad, { title: "Audited v3" }) }));
    await onlyNewEntry(id, () => api(editor).event.submit({ id, baseRevision: 3 }));
    const reject = await onlyNewEntry(id, () => api(reviewer).event.review({ id, revision: 3, decision: "reject", comment: "No." }));
    expect(reject).toMatchObject({
      ...by(reviewer),
      action: "event.review.reject",
      before: { status: "in_review", revision: 3 },
      after: { status: "rejected", revision: 3, comment: "No." },
    });

    const comment = await onlyNewEntry(id, () => api(editor).event.comment({ id, body: "Noted, thanks." }));
    expect(comment).toMatchObject({ ...by(editor), action: "event.comment", entityType: "event", before: null });
    expect(comment.after).toMatchObject({ body: "Noted, thanks.", commentId: expect.any(String) });

    const retract = await onlyNewEntry(id, () => api(reviewer).event.retract({ id, baseRevision: 3, reason: "Story withdrawn." }));
    expect(retract).toMatchObject({
      ...by(reviewer),
      action: "event.retract",
      before: { status: "rejected", revision: 3 },
      after: { status: "retracted", reason: "Story withdrawn." },
    });

    expect((await entriesFor(id)).map((e) => e.action)).toEqual([
      "event.create",
      "event.submit",
      "event.review.request_changes",
      "event.revise",
      "event.submit",
      "event.review.approve",
      "event.revise",
      "event.submit",
      "event.review.reject",
      "event.comment",
      "event.retract",
    ]);
  });

  it("for admin.createUser and admin.setRoles, without the password", async () => {
    const admin = await userWith(["admin"]);
    const email = `audited-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@test.rti.example`;
    const password = "a long enough password 123";

    const before = await db.auditLog.count({ where: { actorId: admin.id } });
    const made = await api(admin).admin.createUser({ name: "Audited Person", email, password, roles: ["editor"] });
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(before + 1);
    const [created] = await entriesFor(made.id);
    expect(created).toMatchObject({
      ...by(admin),
      action: "user.create",
      entityType: "user",
      entityId: made.id,
      before: null,
      after: { name: "Audited Person", email, roles: ["editor"] },
    });
    const hash = (await db.account.findFirstOrThrow({ where: { userId: made.id } })).password!;
    const recorded = JSON.stringify([created?.before, created?.after, created?.meta]);
    expect(recorded).not.toContain(password);
    expect(recorded).not.toContain(hash);

    const roles = await onlyNewEntry(made.id, () => api(admin).admin.setRoles({ userId: made.id, roles: ["reviewer", "publisher"] }));
    expect(roles).toMatchObject({
      ...by(admin),
      action: "user.roles",
      entityType: "user",
      entityId: made.id,
      before: { roles: ["editor"] },
      after: { roles: ["reviewer", "publisher"] },
    });
  });
});

describe("refused authorisation is recorded", () => {
  it.each([
    { role: "editor" as const, path: "event.review", required: "reviewer" },
    { role: "reviewer" as const, path: "event.create", required: "editor" },
  ])("a $role calling $path adds one auth.refused entry", async ({ role, path, required }) => {
    const viewer = await userWith([role]);
    const caller = api(viewer);
    const call =
      path === "event.review"
        ? caller.event.review({ id: crypto.randomUUID(), revision: 1, decision: "approve", comment: "Mine now." })
        : caller.event.create({ event: eventFields(await createTestDyad(db)) });
    await expect(call).rejects.toMatchObject({ code: "FORBIDDEN" });

    const entries = await db.auditLog.findMany({ where: { actorId: viewer.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorEmail: viewer.email,
      action: "auth.refused",
      entityType: "procedure",
      entityId: path,
      meta: { required, held: [role] },
    });
  });

  it("records a signed-out caller's refused write without an actor", async () => {
    const newest = async () => (await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
    const mark = await newest();
    await expect(api(null).event.submit({ id: crypto.randomUUID(), baseRevision: 1 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const added = await db.auditLog.findMany({ where: { id: { gt: mark }, action: "auth.refused", entityId: "event.submit", actorId: null } });
    expect(added.length).toBeGreaterThanOrEqual(1);
  });
});

describe("a write and its audit entry land together or not at all", () => {
  it("leaves no event, dyad or entry when a create fails midway (an actor whose account is gone)", async () => {
    const ghost: Viewer = { id: `ghost-${crypto.randomUUID()}`, name: "Ghost", email: "ghost@test.rti.example", roles: ["editor"] };
    // Two actors with no dyad yet: the create makes the dyad first, then fails on the event row.
    const [x, y] = [await createTestActor(db), await createTestActor(db)];
    const [a, b] = orderPair(x.code, y.code);

    const error = await api(ghost)
      .event.create({ event: eventFields({ actorA: a, actorB: b, slug: dyadSlug(a, b) }) })
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    // A vanished account is the caller's problem to fix, not a server fault.
    expect((error as TRPCError).code).toBe("BAD_REQUEST");

    expect(await db.dyad.count({ where: { slug: dyadSlug(a, b) } })).toBe(0);
    expect(await db.event.count({ where: { createdById: ghost.id } })).toBe(0);
    expect(await db.eventRevision.count({ where: { authorId: ghost.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: ghost.id } })).toBe(0);
  });

  it("leaves no event when its audit entry cannot be written", async () => {
    const editor = await userWith(["editor"]);
    const dyad = await createTestDyad(db);
    const title = `Unaudited ${crypto.randomUUID()}`;
    // The real client, except that inside transactions the audit table refuses writes.
    const auditDown = new Proxy(db, {
      get(target, key) {
        if (key !== "$transaction") return Reflect.get(target, key);
        return (work: (tx: unknown) => Promise<unknown>) =>
          target.$transaction((tx) =>
            work(
              new Proxy(tx, {
                get: (t, k) => (k === "auditLog" ? { create: () => Promise.reject(new Error("audit log unavailable")) } : Reflect.get(t, k)),
              }),
            ),
          );
      },
    }) as Db;

    await expect(createEvent(auditDown, editor, { event: eventFields(dyad, { title }) })).rejects.toThrow(/audit log unavailable/);
    expect(await db.event.count({ where: { title } })).toBe(0);
    expect(await db.eventRevision.count({ where: { title } })).toBe(0);

    // The same call with a working audit log goes through, so the refusal above was the audit's.
    await createEvent(db, editor, { event: eventFields(dyad, { title }) });
    expect(await db.event.count({ where: { title } })).toBe(1);
  });
});

describe("the database keeps history append-only", () => {
  /** Runs one statement in a transaction that is always rolled back, so a missing guard cannot damage shared rows. */
  async function refusal(sql: string, ...params: unknown[]): Promise<unknown> {
    const succeeded = new Error("the statement succeeded");
    try {
      await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(sql, ...params);
        throw succeeded;
      });
    } catch (error) {
      return error === succeeded ? null : error;
    }
    return null;
  }

  function expectRefused(error: unknown, table: string) {
    expect(error, `the database let the statement on ${table} through`).not.toBeNull();
    expect(sqlState(error)).toBe("42501");
    expect(String((error as Error).message)).toMatch(new RegExp(`rows of ${table} cannot be changed or removed`));
  }

  it("refuses UPDATE, DELETE and TRUNCATE on audit_log", async () => {
    const { event } = await createTestEvent(db);
    const [entry] = await entriesFor(event.id);
    expect(entry).toBeDefined();

    expectRefused(await refusal(`UPDATE "audit_log" SET "action" = 'tampered' WHERE "id" = $1`, entry!.id), "audit_log");
    expectRefused(await refusal(`DELETE FROM "audit_log" WHERE "id" = $1`, entry!.id), "audit_log");
    expectRefused(await refusal(`TRUNCATE "audit_log"`), "audit_log");
    expect(await db.auditLog.findUnique({ where: { id: entry!.id } })).toEqual(entry);
  });

  it("refuses UPDATE and DELETE on event_revision, revision_source and review", async () => {
    const { event } = await createTestEvent(db, { state: "approved" });
    const revision = await db.eventRevision.findFirstOrThrow({ where: { eventId: event.id }, include: { sources: true, reviews: true } });
    const review = revision.reviews[0]!;

    expectRefused(await refusal(`UPDATE "event_revision" SET "title" = 'tampered' WHERE "id" = $1::uuid`, revision.id), "event_revision");
    expectRefused(await refusal(`DELETE FROM "event_revision" WHERE "id" = $1::uuid`, revision.id), "event_revision");
    expectRefused(await refusal(`UPDATE "revision_source" SET "url" = 'https://evil.example' WHERE "revisionId" = $1::uuid`, revision.id), "revision_source");
    expectRefused(await refusal(`DELETE FROM "revision_source" WHERE "revisionId" = $1::uuid`, revision.id), "revision_source");
    expectRefused(await refusal(`UPDATE "review" SET "decision" = 'reject' WHERE "id" = $1::uuid`, review.id), "review");
    expectRefused(await refusal(`DELETE FROM "review" WHERE "id" = $1::uuid`, review.id), "review");

    const after = await db.eventRevision.findUniqueOrThrow({ where: { id: revision.id }, include: { sources: true, reviews: true } });
    expect(after).toEqual(revision);
  });

  it("still allows ordinary rows to change (the guard is specific to history)", async () => {
    const { event } = await createTestEvent(db);
    expect(await refusal(`UPDATE "event" SET "title" = 'changed' WHERE "id" = $1::uuid`, event.id)).toBeNull();
  });
});

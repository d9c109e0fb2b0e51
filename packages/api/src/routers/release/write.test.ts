// Drafting, publishing and discarding releases through the API: bad input gets a 4xx naming the
// field and writes nothing; unknown ids are NOT_FOUND; every write leaves exactly one audit entry
// (product.md, Workflow) and a refused one leaves none.
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { TRPCError } from "@trpc/server";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DomainError } from "../../errors";
import { appRouter } from "../../root";
import { fieldErrorsOf, type FieldErrors } from "../../schemas/field-errors";
import { createTestEvent, postTrpc } from "../../testing";
import { addDays, testViewer, today } from "../../testing/releases";
import { createCallerFactory } from "../../trpc";

const db = getDb();
const api = (viewer: Viewer) => createCallerFactory(appRouter)({ db, viewer });
const AS_OF = today();
const UNKNOWN_VERSION = 2_000_000_000;

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const post = (viewer: Viewer, path: string, input: unknown) => postTrpc(db, viewer, path, input);

function fieldErrorsOfCall(error: unknown): FieldErrors {
  if (!(error instanceof TRPCError)) return {};
  if (error.cause instanceof ZodError) return fieldErrorsOf(error.cause);
  return (error instanceof DomainError ? error.fieldErrors : undefined) ?? {};
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

beforeAll(async () => {
  await createTestEvent(db, { dyad: await createTestDyad(db), state: "approved", fields: { date: addDays(AS_OF, -29), code: "111" } });
  expect(await db.methodologyVersion.findUnique({ where: { version: UNKNOWN_VERSION } })).toBeNull();
});

const BAD: { name: string; input: Record<string, unknown>; field: string }[] = [
  { name: "a cut-off in the future", input: { asOf: dayFromToday(2), notes: "Fine notes." }, field: "asOf" },
  { name: "a cut-off that is not a day", input: { asOf: "2005-02-30", notes: "Fine notes." }, field: "asOf" },
  { name: "empty notes", input: { asOf: AS_OF, notes: "" }, field: "notes" },
  { name: "blank notes", input: { asOf: AS_OF, notes: "    " }, field: "notes" },
  { name: "an unknown methodology version", input: { asOf: AS_OF, notes: "Fine notes.", methodologyVersion: UNKNOWN_VERSION }, field: "methodologyVersion" },
];

describe("release.create with bad input", () => {
  it.each(BAD)("refuses $name through the caller and over HTTP, naming the field, and writes nothing", async ({ input, field }) => {
    const publisher = await testViewer(db, ["publisher"]);
    const error = await failure(api(publisher).release.create(input as never));
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsOfCall(error))).toEqual([field]);

    const { status, error: body } = await post(publisher, "release.create", input);
    expect(status).toBe(400);
    expect(Object.keys(body?.data.fieldErrors ?? {})).toEqual([field]);
    expect(body?.data.fieldErrors?.[field]?.join(" ")).toMatch(/\w/);

    expect(await db.release.count({ where: { createdById: publisher.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: publisher.id } })).toBe(0);
  });

  it("accepts the input the cases start from (so each refusal is the bad field's)", async () => {
    const publisher = await testViewer(db, ["publisher"]);
    const draft = await api(publisher).release.create({ asOf: AS_OF, notes: "Fine notes.", methodologyVersion: 1 });
    expect(draft).toMatchObject({ status: "draft", number: null, asOf: AS_OF, methodology: { version: 1, name: "RTI-1" } });
    await api(publisher).release.discard({ id: draft.id });
  });
});

describe("unknown releases", () => {
  it("are NOT_FOUND for publish and discard, and leave no audit entry", async () => {
    const publisher = await testViewer(db, ["publisher"]);
    const id = randomUUID();
    await expect(api(publisher).release.publish({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(publisher).release.discard({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(publisher).release.draft({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(publisher).release.publish({ id: "not-a-uuid" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.auditLog.count({ where: { actorId: publisher.id } })).toBe(0);
  });
});

describe("every write leaves exactly one audit entry", () => {
  const entries = (id: string) => db.auditLog.findMany({ where: { entityType: "release", entityId: id }, orderBy: { id: "asc" } });

  it("for drafting, publishing and discarding; refusals leave none", async () => {
    const publisher = await testViewer(db, ["publisher"]);
    const caller = api(publisher);
    const by = { actorId: publisher.id, actorEmail: publisher.email };

    // A draft to throw away.
    const thrownAway = await caller.release.create({ asOf: AS_OF, notes: "To be discarded.", methodologyVersion: 1 });
    expect(await entries(thrownAway.id)).toMatchObject([{ ...by, action: "release.draft" }]);
    expect((await caller.release.drafts()).map((d) => d.id)).toContain(thrownAway.id);
    await caller.release.discard({ id: thrownAway.id });
    expect(await entries(thrownAway.id)).toMatchObject([{ action: "release.draft" }, { ...by, action: "release.discard" }]);
    expect(await db.release.findUnique({ where: { id: thrownAway.id } })).toBeNull();
    expect((await caller.release.drafts()).map((d) => d.id)).not.toContain(thrownAway.id);

    // Draft and publish; if another file publishes in between, the refusal is audited nowhere and
    // the stale draft is discarded (one more entry) before trying again.
    for (let attempt = 1; attempt <= 20; attempt++) {
      const draft = await caller.release.create({ asOf: AS_OF, notes: "Published through the API.", methodologyVersion: 1 });
      const [created] = await entries(draft.id);
      expect(await entries(draft.id)).toHaveLength(1);
      expect(created).toMatchObject({ ...by, action: "release.draft", before: null, after: { asOf: AS_OF, methodologyVersion: 1 } });
      expect((created!.after as { events: number }).events).toBe(await db.releaseEvent.count({ where: { releaseId: draft.id } }));
      expect((created!.after as { dyads: number }).dyads).toBe(await db.releaseDyad.count({ where: { releaseId: draft.id } }));

      const error = await failure(caller.release.publish({ id: draft.id }));
      if (error) {
        expect(error).toMatchObject({ code: "CONFLICT" });
        expect(await entries(draft.id)).toHaveLength(1);
        await caller.release.discard({ id: draft.id });
        expect((await entries(draft.id)).map((e) => e.action)).toEqual(["release.draft", "release.discard"]);
        continue;
      }
      const row = await db.release.findUniqueOrThrow({ where: { id: draft.id } });
      expect(row.status).toBe("published");
      const published = await entries(draft.id);
      expect(published.map((e) => e.action)).toEqual(["release.draft", "release.publish"]);
      expect(published[1]).toMatchObject({ ...by, before: { status: "draft" }, after: { status: "published", number: row.number } });

      // Refused: publishing again, discarding a published release.
      await expect(caller.release.publish({ id: draft.id })).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(caller.release.discard({ id: draft.id })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
      expect(await entries(draft.id)).toHaveLength(2);
      expect(await db.release.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(row);
      return;
    }
    throw new Error("Another test file published between draft and publish every time.");
  }, 120_000);
});

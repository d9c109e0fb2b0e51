// No lost updates: writes based on the same revision race, exactly one wins, and every other
// one gets a conflict naming the revision that is now current (product.md, Workflow).
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { TRPCError } from "@trpc/server";
import { expect, it } from "vitest";
import type { DomainError } from "../../errors";
import { appRouter } from "../../root";
import { createTestEvent, eventFields } from "../../testing";
import { createCallerFactory } from "../../trpc";

const db = getDb();
const WRITERS = 50;

it(`lets exactly one of ${WRITERS} concurrent edits of the same revision through and refuses the rest with a conflict`, async () => {
  const user = await createTestUser(db, { roles: ["editor"] });
  const editor: Viewer = { id: user.id, name: user.name, email: user.email, roles: ["editor"] };
  const { event, dyad } = await createTestEvent(db, { author: editor, fields: { title: "Original title" } });
  const caller = createCallerFactory(appRouter)({ db, viewer: editor });

  const titles = Array.from({ length: WRITERS }, (_, i) => `Concurrent title ${i}`);
  const results = await Promise.allSettled(
    titles.map((title) => caller.event.update({ id: event.id, baseRevision: 1, event: eventFields(dyad, { title }) })),
  );

  const winners = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const losers = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(WRITERS - 1);
  for (const error of losers) {
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/\b2\b/) });
    expect((error as DomainError).details).toEqual({ currentRevision: 2, yourRevision: 1 });
  }

  const winner = winners[0]!;
  const winningTitle = winner.revisions[1]?.title;
  expect(titles).toContain(winningTitle);
  expect(winner.headNumber).toBe(2);

  const row = await db.event.findUniqueOrThrow({ where: { id: event.id }, include: { head: true } });
  expect(row).toMatchObject({ headNumber: 2, title: winningTitle, status: "draft" });
  expect(row.head).toMatchObject({ number: 2, title: winningTitle });
  const revisions = await db.eventRevision.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } });
  expect(revisions.map((r) => [r.number, r.title])).toEqual([
    [1, "Original title"],
    [2, winningTitle],
  ]);
  expect(await db.auditLog.count({ where: { entityType: "event", entityId: event.id, action: "event.revise" } })).toBe(1);

  // The losers can redo their change on the current revision.
  const redone = await caller.event.update({ id: event.id, baseRevision: 2, event: eventFields(dyad, { title: "Redone on top" }) });
  expect(redone.headNumber).toBe(3);
});
